import path from 'node:path';
import type { Command } from 'commander';
import { build } from '../build/index.js';
import { UsageError } from '../errors.js';
import { FORMATS, type Format } from '../io/manifest.js';
import { EDITION_IDS, LAYOUTS } from '../select/editions.js';
import type { Layout } from '../tree/types.js';
import { commonOptions, type Io } from './main.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function checkChoices(option: string, values: string[], choices: readonly string[]): void {
  const bad = values.find((v) => !choices.includes(v));
  if (bad !== undefined) throw new UsageError(`--${option} "${bad}" is not known: choose from ${choices.join(', ')}`);
}

interface BuildOptions {
  root: string;
  agreement?: string;
  edition: string[];
  format: string[];
  layout: string;
  out: string;
}

export function registerBuild(program: Command, io: Io): void {
  commonOptions(
    program
      .command('build')
      .description('build editions into the output folder and write manifest.json')
      .option('--edition <id>', `edition to build, repeatable (${EDITION_IDS.join(', ')}; default: all)`, collect, [])
      .option('--format <format>', `format to write, repeatable (${FORMATS.join(', ')}; default: all)`, collect, [])
      .option('--layout <layout>', `arrangement of bilingual editions (${LAYOUTS.join(', ')})`, 'parallel')
      .option('--out <dir>', 'output folder', 'dist'),
  ).action(async (options: BuildOptions) => {
    checkChoices('edition', options.edition, EDITION_IDS);
    checkChoices('format', options.format, FORMATS);
    checkChoices('layout', [options.layout], LAYOUTS);
    const root = path.resolve(options.root);
    const outDir = path.resolve(root, options.out);
    const started = performance.now();
    const { outputs: entries, reviewFlags } = await build({
      root,
      agreementId: options.agreement,
      editions: options.edition.length ? [...new Set(options.edition)] : [...EDITION_IDS],
      formats: (options.format.length ? [...new Set(options.format)] : [...FORMATS]) as Format[],
      outDir,
      layout: options.layout as Layout,
    });
    if (reviewFlags.length > 0) {
      io.err(`warning: ${reviewFlags.length} translations are marked for review (locales/<lang>/*.review.json):`);
      for (const flag of reviewFlags) io.err(`warning: ${flag.file}: key ${flag.key}: ${flag.reason}`);
    }
    for (const entry of entries) io.out(`wrote ${path.relative(process.cwd(), path.join(outDir, entry.file)) || entry.file} (${formatBytes(entry.bytes)})`);
    io.out(`wrote ${path.relative(process.cwd(), path.join(outDir, 'manifest.json'))} — ${entries.length} outputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
