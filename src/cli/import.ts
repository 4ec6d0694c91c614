import path from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { ImportReport } from '../import/index.js';
import { commonOptions } from './options.js';
import type { Io } from '../terminal.js';

interface ImportOptions {
  root: string;
  agreement?: string;
  id?: string;
  lang?: string;
  force?: boolean;
  out: string;
}

export function registerImport(program: Command, io: Io): void {
  commonOptions(
    program
      .command('import')
      .description('create an agreement (data and English strings) from a .docx, .md or .txt file; with --lang, attach its translation')
      .argument('<file>', 'the agreement text (.docx, .md or .txt)')
      .option('--id <id>', 'id of the agreement to create, or to attach the translation to')
      .option('--lang <lang>', 'FILE is the translation into this language (e.g. zh) of an imported agreement')
      .option('--force', 'replace files that already exist')
      .option('--out <dir>', 'folder for the alignment report of a translation', 'dist'),
  ).action(async (file: string, options: ImportOptions) => {
    const id = agreementId(options);
    const request = { root: path.resolve(options.root), file: path.resolve(file), displayName: file, id, force: options.force === true };
    // Loaded on use: the readers (mammoth, mdast) are not needed by the other commands.
    const { importAgreement, importTranslation, summaryLines } = await import('../import/index.js');
    if (options.lang === undefined) {
      print(await importAgreement(request), request.root, io);
      io.out(`next: \`briefing check --agreement ${id}\` lists the strings to translate; \`briefing import FILE --id ${id} --lang zh\` attaches an existing translation`);
      return;
    }
    const report = await importTranslation({ ...request, lang: options.lang, outDir: path.resolve(request.root, options.out) });
    print(report, request.root, io);
    io.out(...summaryLines(report.summary, options.lang, report.reviewFile).map((line) => `aligned: ${line}`),
      `alignment report: ${path.relative(process.cwd(), report.report)}`,
    );
  });
}

/** --id names the agreement; --agreement (a common option) may say the same. */
function agreementId({ id, agreement }: ImportOptions): string {
  if (id !== undefined && agreement !== undefined && id !== agreement) throw new UsageError(`--id ${id} and --agreement ${agreement} disagree: give one of them`);
  const chosen = id ?? agreement;
  if (chosen === undefined) throw new UsageError('import needs --id ID: the id of the new agreement (e.g. track2-digital-economy-2022), or of the agreement a translation belongs to');
  return chosen;
}

function print(report: ImportReport, root: string, io: Io): void {
  for (const { file, summary, replaced } of report.written) {
    io.out(`${replaced ? 'replaced' : 'created'} ${path.relative(process.cwd(), path.join(root, file)) || file} (${summary})`);
  }
  for (const note of report.notes) io.err(`note: ${note}`);
}
