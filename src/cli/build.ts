import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { buildProfileBatch, mergeReviewFlags, type BatchResult } from '../build/batch.js';
import { build, type BuildRequest } from '../build/index.js';
import { BriefingError } from '../errors.js';
import { loadProfile } from '../select/profile.js';
import { loadAgreement } from '../source/project.js';
import { addBuildOptions } from './build-options.js';
import { buildPlans, type SeveralAgreementsOptions } from './build-plan.js';
import { commonOptions, type Io } from './main.js';

export function registerBuild(program: Command, io: Io): void {
  commonOptions(
    addBuildOptions(program.command('build').description('build editions and delegation packets into the output folder and write manifest.json')).option(
      '--all-agreements',
      'build every agreement in data/agreements, each into <out>/<agreement id>/',
    ),
    { severalAgreements: true },
  ).action(async (options: SeveralAgreementsOptions) => {
    const failed: string[] = [];
    for (const plan of await buildPlans(options)) {
      const started = performance.now();
      const result = await runBuild(plan, io);
      report(result, plan.outDir, io, started);
      for (const failure of result.failures) io.err(`briefing: profile ${failure.profile} failed: ${failure.message}`);
      if (result.failures.length > 0) {
        io.err(`${plan.profiles.length - result.failures.length} of ${plan.profiles.length} profiles built; ${result.failures.length} failed`);
        failed.push(...result.failures.map((failure) => failure.profile));
      }
    }
    if (failed.length > 0) throw new BuildFailed();
  });
}

/**
 * Builds in-process, or — with several profiles — the editions in-process and the profiles on the
 * worker pool. Every profile file is checked first: a bad one is bad input (exit 2) before any work.
 */
async function runBuild(request: BuildRequest & { profiles: string[] }, io: Io): Promise<BatchResult> {
  if (request.profiles.length <= 1) return { ...(await build(request)), failures: [] };
  const agreement = await loadAgreement(request.root, request.agreementId);
  for (const profile of request.profiles) await loadProfile(request.root, profile, agreement);
  const editions = request.editions.length > 0 ? await build({ ...request, profiles: [] }) : { outputs: [], reviewFlags: [] };
  const batch = await buildProfileBatch(request, progressReporter(request.profiles.length, io));
  return { outputs: [...editions.outputs, ...batch.outputs], reviewFlags: mergeReviewFlags(editions.reviewFlags, batch.reviewFlags), failures: batch.failures };
}

function report(result: BatchResult, outDir: string, io: Io, started: number): void {
  if (result.reviewFlags.length > 0) {
    io.err(`warning: ${result.reviewFlags.length} translations are marked for review (locales/<lang>/*.review.json):`);
    for (const flag of result.reviewFlags) io.err(`warning: ${flag.file}: key ${flag.key}: ${flag.reason}`);
  }
  const shown = (file: string): string => path.relative(process.cwd(), path.join(outDir, file)) || file;
  for (const entry of result.outputs) io.out(`wrote ${shown(entry.file)} (${formatBytes(entry.bytes)})`);
  io.out(`wrote ${shown('manifest.json')} — ${result.outputs.length} outputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
