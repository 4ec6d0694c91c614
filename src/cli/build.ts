import path from 'node:path';
import type { Command } from 'commander';
import { build } from '../build/index.js';
import { BriefingError, UsageError } from '../errors.js';
import { Presets, SingleBar } from 'cli-progress';
import { buildProfileBatch } from '../build/batch.js';
import { loadAgreement } from '../source/project.js';
import { FORMATS, type Format } from '../io/manifest.js';
import { EDITION_IDS, LAYOUTS } from '../select/editions.js';
import { listProfileIds, loadProfile, PROFILES_DIR } from '../select/profile.js';
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
  profile: string[];
  allProfiles?: boolean;
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
      .option('--profile <id|file>', 'build a delegation packet from data/profiles/<id>.yaml or a profile file, repeatable', collect, [])
      .option('--all-profiles', 'build every profile in data/profiles')
      .option('--layout <layout>', `arrangement of bilingual editions (${LAYOUTS.join(', ')})`, 'parallel')
      .option('--out <dir>', 'output folder', 'dist'),
  ).action(async (options: BuildOptions) => {
    checkChoices('edition', options.edition, EDITION_IDS);
    checkChoices('format', options.format, FORMATS);
    checkChoices('layout', [options.layout], LAYOUTS);
    const root = path.resolve(options.root);
    const outDir = path.resolve(root, options.out);
    const profiles = [...new Set([...(options.allProfiles ? await listProfileIds(root) : []), ...options.profile])];
    if (options.allProfiles && profiles.length === 0) throw new UsageError(`--all-profiles: no profiles in ${PROFILES_DIR}/`);
    const started = performance.now();
    const request = {
      root,
      agreementId: options.agreement,
      editions: options.edition.length ? [...new Set(options.edition)] : profiles.length ? [] : [...EDITION_IDS],
      formats: (options.format.length ? [...new Set(options.format)] : [...FORMATS]) as Format[],
      outDir,
      layout: options.layout as Layout,
    };
    const single = profiles.length <= 1;
    const result = await build({ ...request, profiles: single ? profiles : [], manifest: request.editions.length > 0 || single });
    const reported = [...result.outputs];
    let reviewFlags = result.reviewFlags;
    let failures: { profile: string; message: string }[] = [];
    if (!single) {
      // Check every profile file first: a bad one is bad input (exit 2), before any work starts.
      const agreement = await loadAgreement(root, options.agreement);
      for (const profile of profiles) await loadProfile(root, profile, agreement);
      const batch = await buildProfileBatch({ ...request, profiles }, progressReporter(profiles.length, io));
      reported.push(...batch.outputs);
      reviewFlags = [...reviewFlags, ...batch.reviewFlags.filter((f) => !reviewFlags.some((r) => r.file === f.file && r.key === f.key))];
      failures = batch.failures;
    }
    if (reviewFlags.length > 0) {
      io.err(`warning: ${reviewFlags.length} translations are marked for review (locales/<lang>/*.review.json):`);
      for (const flag of reviewFlags) io.err(`warning: ${flag.file}: key ${flag.key}: ${flag.reason}`);
    }
    for (const entry of reported) io.out(`wrote ${path.relative(process.cwd(), path.join(outDir, entry.file)) || entry.file} (${formatBytes(entry.bytes)})`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(`wrote ${path.relative(process.cwd(), path.join(outDir, 'manifest.json'))} — ${reported.length} outputs in ${seconds} s`);
    if (failures.length > 0) {
      for (const failure of failures) io.err(`briefing: profile ${failure.profile} failed: ${failure.message}`);
      io.err(`${profiles.length - failures.length} of ${profiles.length} profiles built; ${failures.length} failed`);
      throw new BuildFailed();
    }
  });
}

/** Exit 1 after a batch in which some profiles failed; the failures are already reported. */
class BuildFailed extends BriefingError {
  constructor() {
    super('', 1);
  }
}

/** A progress bar on a terminal; plain lines otherwise (CI logs, pipes). */
function progressReporter(total: number, io: Io): (profile: string, error?: string) => void {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({ format: 'profiles [{bar}] {value}/{total} {profile}', stream: process.stderr, clearOnComplete: true }, Presets.shades_classic);
    bar.start(total, 0, { profile: '' });
    let done = 0;
    return (profile) => {
      bar.update(++done, { profile });
      if (done === total) bar.stop();
    };
  }
  let done = 0;
  return (profile, error) => io.err(`${error ? 'failed' : 'built'} profile ${profile} (${++done}/${total})`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
