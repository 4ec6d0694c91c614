import path from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../io/atomic.js';
import { commonOptions } from './options.js';
import { plural, type Io } from '../terminal.js';

interface TmOptions {
  root: string;
  lang?: string;
  out?: string;
}

/** `tm export`, `tm import` and `pretranslate`: the translation memory and its use on a new agreement. */
export function registerTm(program: Command, io: Io): void {
  const tm = program.command('tm').description('the translation memory: export it as TMX, add outside memories to data/tm/');
  commonOptions(
    tm
      .command('export')
      .description('write every confirmed translation of every agreement as TMX 1.4b, and the glossary as a TSV termbase beside it')
      .option('--lang <lang>', 'translation language (default: the only one)')
      .option('--out <file>', 'TMX file to write (default: translation-memory.tmx); the termbase is <name>.glossary.tsv'),
  ).action(async (options: TmOptions) => {
    const { exportMemory, termbaseFileFor } = await import('../translation/tm.js');
    const result = await exportMemory(path.resolve(options.root), options.lang);
    const out = options.out ?? 'translation-memory.tmx';
    await writeFileAtomic(path.resolve(out), result.tmx);
    await writeFileAtomic(path.resolve(termbaseFileFor(out)), result.termbase);
    io.out(`wrote ${out} (${result.pairs} confirmed en/${result.lang} pairs) and ${termbaseFileFor(out)} (${result.terms} glossary terms)`);
  });
  commonOptions(
    tm
      .command('import')
      .description('add an outside translation memory (TMX) to data/tm/, where pretranslate finds it')
      .argument('<file>', 'a TMX file of English and the translation language')
      .option('--lang <lang>', 'translation language (default: the only one)'),
  ).action(async (file: string, options: TmOptions) => {
    const { importMemory } = await import('../translation/tm.js');
    const result = await importMemory(path.resolve(options.root), path.resolve(file), file, options.lang);
    io.out(`added ${result.pairs} pairs as ${result.file}`);
  });
  commonOptions(
    program
      .command('pretranslate')
      .description('fill the untranslated strings of an agreement from the translation memory (exact and ≥ 75 % matches)')
      .option('--lang <lang>', 'translation language (default: the only one)'),
  ).action(async (options: TmOptions & { agreement?: string }) => {
    const { pretranslate, BANDS } = await import('../translation/pretranslate.js');
    const report = await pretranslate(path.resolve(options.root), options.agreement, options.lang);
    const total = BANDS.reduce((sum, band) => sum + report.bands[band], 0);
    io.out(`${report.agreementId} (${report.lang}): ${plural(total, 'untranslated string')}, memory of ${plural(report.memorySize, 'pair')}`);
    for (const band of BANDS) io.out(`  ${band === 'none' ? 'no match' : `${band} %`}: ${report.bands[band]}`);
    if (report.termsWithoutMatch.length > 0) {
      io.out('glossary terms in strings without a match:');
      for (const { key, terms } of report.termsWithoutMatch) io.out(`  ${key}: ${terms.map(({ term, rendering }) => `${term.english} → ${rendering}`).join('; ')}`);
    }
    io.out(report.written.length ? `wrote ${report.written.join(', ')}; matches below 100 % are flagged for review` : 'nothing to fill');
  });
}
