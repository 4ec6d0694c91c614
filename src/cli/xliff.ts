import path from 'node:path';
import { Option, type Command } from 'commander';
import { writeFileAtomic } from '../io/atomic.js';
import { commonOptions } from './options.js';
import { plural, type Io } from '../terminal.js';

interface ExportOptions {
  root: string;
  agreement?: string;
  lang?: string;
  only: 'new' | 'stale' | 'review' | 'all';
  xliffVersion: '2.0' | '1.2';
  out?: string;
}

interface ImportOptions {
  root: string;
  agreement?: string;
  lang?: string;
  partial?: boolean;
}

/** `xliff export` and `xliff import`: the round trip with translators' CAT tools. */
export function registerXliff(program: Command, io: Io): void {
  const xliff = program.command('xliff').description('exchange strings with translators as XLIFF (export, import)');
  commonOptions(
    xliff
      .command('export')
      .description('write the strings of an agreement as XLIFF for a CAT tool, with their state, glossary terms and context')
      .option('--lang <lang>', 'translation language (default: the only one)')
      .addOption(new Option('--only <which>', 'new: untranslated; stale: English changed since; review: flagged for review').choices(['new', 'stale', 'review', 'all']).default('all'))
      .addOption(new Option('--xliff-version <version>', 'XLIFF 2.0, or 1.2 for older tools').choices(['2.0', '1.2']).default('2.0'))
      .option('--out <file>', 'file to write (default: <agreement>.<lang>.xlf)'),
  ).action(async (options: ExportOptions) => {
    const { exportXliff } = await import('../translation/xliff-export.js');
    const result = await exportXliff({ root: path.resolve(options.root), agreementId: options.agreement, lang: options.lang, only: options.only, version: options.xliffVersion });
    const out = options.out ?? `${result.agreementId}.${result.lang}.xlf`;
    await writeFileAtomic(path.resolve(out), result.xml);
    const { initial, translated, reviewed, final } = result.counts;
    io.out(`wrote ${out}: XLIFF ${options.xliffVersion}, ${plural(initial + translated + reviewed + final, 'unit')} (${initial} new, ${translated} stale or unconfirmed, ${reviewed} flagged for review, ${final} current)`);
  });
  commonOptions(
    xliff
      .command('import')
      .description('read a translated XLIFF (2.0 or 1.2) back into the locale; signed-off units are recorded as current')
      .argument('<file>', 'the XLIFF the translator returned')
      .option('--lang <lang>', 'expected translation language (default: the one the file names)')
      .option('--partial', 'import the units without problems even if others have some'),
  ).action(async (file: string, options: ImportOptions) => {
    const { importXliff } = await import('../translation/xliff-import.js');
    const report = await importXliff({ root: path.resolve(options.root), file: path.resolve(file), displayName: file, partial: options.partial === true, agreementId: options.agreement, lang: options.lang });
    for (const line of report.skipped) io.err(`skipped: ${line}`);
    io.out(`${report.agreementId} (${report.lang}): ${report.confirmed.length} signed off and recorded as current, ${report.translated.length} written and flagged for review${report.written.length ? `; wrote ${report.written.join(', ')}` : '; nothing changed'}`);
  });
}
