import path from 'node:path';
import type { Command } from 'commander';
import { loadCatalog } from '../check/catalog.js';
import { acceptFingerprints } from '../check/fingerprints.js';
import { runCheck, type CheckResult } from '../check/index.js';
import { humanReport, jsonReport } from '../check/report.js';
import { writeReviewReports } from '../check/review-report.js';
import { UsageError } from '../errors.js';
import { listAgreementIds, loadAgreement } from '../source/project.js';
import { collect, DEFAULT_OUT_DIR } from './build-options.js';
import { errColors, outColors, plural, type Io } from '../terminal.js';
import { commonOptions } from './options.js';

interface CheckOptions {
  root: string;
  agreement?: string;
  json?: boolean;
  accept?: string[];
  outputs?: string;
  review?: boolean;
  out: string;
}

/** Exit code of the last check, for main(): 0 consistent, 1 findings. */
export function registerCheck(program: Command, io: Io, setExitCode: (code: number) => void): void {
  commonOptions(
    program
      .command('check')
      .description('check that every language carries the same sections, markup, numbers, terms and punctuation, for every agreement or the one --agreement names (exit 1 on findings)')
      .option('--json', 'print {"errors": [...], "warnings": [...]} instead of the report')
      .option('--accept <key>', 'record that the translation of KEY (or "all") matches the current source, repeatable', collect)
      .option('--outputs <dir>', 'also check the built outputs in DIR (manifest sections, every block present)')
      .option('--review', 'also write review-<agreement>-<lang>.html: every string side by side with its glossary terms, review flags and findings')
      .option('--out <dir>', 'folder for the --review report, relative to --root', DEFAULT_OUT_DIR),
  ).action(async (options: CheckOptions) => {
    const root = path.resolve(options.root);
    const accept = options.accept ?? [];
    if (accept.length > 0) {
      const catalog = await loadCatalog(root, await loadAgreement(root, options.agreement));
      const keys = accept.includes('all') ? 'all' : accept;
      if (keys !== 'all') {
        const unknown = keys.find((key) => !catalog.strings[catalog.languages[0]!]!.has(key));
        if (unknown) throw new UsageError(`--accept ${unknown}: no such key in the source locale (keys look like blocks.opening-p1 or common:page)`);
      }
      const accepted = await acceptFingerprints(root, catalog, keys);
      // On stderr: stdout carries the report, which may be JSON.
      io.err(errColors(io).green(`accepted ${plural(accepted.length, 'translation')} as matching the current source`));
    }
    // Without --agreement, every agreement; built outputs of several are in <outputs>/<id>/, as build writes them.
    const ids = options.agreement !== undefined ? [options.agreement] : await listAgreementIds(root);
    const outputsOf = (id: string): string | undefined => options.outputs && path.resolve(options.outputs, ids.length > 1 ? id : '');
    const results: CheckResult[] = [];
    for (const id of ids) results.push(await runCheck({ root, agreementId: id, outputsDir: outputsOf(id) }));
    io.out(options.json ? jsonReport(results) : results.map((result) => humanReport(result, outColors(io))).join('\n\n'));
    if (options.review) {
      for (const result of results) {
        for (const file of await writeReviewReports(result, path.resolve(root, options.out))) {
          const relative = path.relative(process.cwd(), file);
          io.err(`wrote ${relative.startsWith('..') ? file : relative}`);
        }
      }
    }
    setExitCode(results.some((result) => result.errors.length > 0) ? 1 : 0);
  });
}
