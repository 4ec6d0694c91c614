import path from 'node:path';
import type { Command } from 'commander';
import type { BatchResult } from '../build/batch.js';
import type { BuildRequest } from '../build/index.js';
import { buildKey, recordBuild, upToDate } from '../build/up-to-date.js';
import { recoverOutputFolder } from '../io/publish.js';
import type { Finding } from '../check/findings.js';
import { BriefingError } from '../errors.js';
import { addBuildOptions } from './build-options.js';
import { buildPlans, type BuildPlan, type SeveralAgreementsOptions } from './build-plan.js';
import { plural, success, warn, type Io } from '../terminal.js';
import { commonOptions } from './options.js';

type BuildCommandOptions = SeveralAgreementsOptions & {
  strict?: boolean;
  verbose?: boolean;
};

export function registerBuild(program: Command, io: Io): void {
  commonOptions(
    addBuildOptions(program.command('build').description('build editions and delegation packets into the output folder and write manifest.json'))
      .option('--all-agreements', 'build every agreement in data/agreements, each into <out>/<agreement id>/')
      .option('--strict', 'fail (exit 1) before building when `briefing check` finds an error in a language being built')
      .option('--verbose', 'list every check finding and translation marked for review, not just how many'),
    { severalAgreements: true },
  ).action(async (options: BuildCommandOptions) => {
    const started = performance.now();
    const plans = await buildPlans(options);
    // A publish that a killed build left half-done is completed (or rolled back) before anything else.
    for (const plan of plans) await recoverOutputFolder(plan.outDir);
    // Each agreement's folder keeps its own record of the last build: an unchanged one is reported from it,
    // without loading the writers or checks.
    const keys = await Promise.all(plans.map(buildKey));
    const lasts = await Promise.all(plans.map((plan, i) => (plan.force ? undefined : upToDate(plan.outDir, keys[i]!))));
    const findings = await Promise.all(plans.map((plan, i) => lasts[i]?.findings ?? checkFindings(plan)));
    const all = findings.flat();
    if (options.strict && all.length > 0) {
      reportFindings(all, io, options.verbose);
      throw new BriefingError(`--strict: ${plural(all.length, 'check error')} in the languages being built (${byRule(all)}); nothing was built`);
    }
    const failed: string[] = [];
    for (const [index, plan] of plans.entries()) {
      const last = lasts[index];
      if (last) {
        reportFindings(findings[index]!, io, options.verbose);
        reportReview(last, io, options.verbose);
        reportOutputs({ outputs: [], unchanged: last.files, reviewFlags: last.reviewFlags, failures: [] }, plan.outDir, io, started);
        continue;
      }
      const result = await runBuild(plan, io);
      reportFindings(findings[index]!, io, options.verbose);
      reportReview(result, io, options.verbose);
      reportOutputs(result, plan.outDir, io, started);
      if (result.failures.length === 0) await recordBuild(plan.outDir, keys[index]!, { files: [...result.outputs.map((o) => o.file), ...result.unchanged], findings: findings[index]!, reviewFlags: result.reviewFlags });
      for (const failure of result.failures) io.err(`briefing: profile ${failure.profile} failed: ${failure.message}`);
      if (result.failures.length > 0) {
        io.err(`${plan.profiles.length - result.failures.length} of ${plural(plan.profiles.length, 'profile')} built; ${result.failures.length} failed`);
        failed.push(...result.failures.map((failure) => failure.profile));
      }
    }
    if (failed.length > 0) throw new BuildFailed();
  });
}

/** The errors `briefing check` finds in the languages a build publishes (stale and untranslated strings among them). */
async function checkFindings(plan: BuildPlan): Promise<Finding[]> {
  const [{ requestLanguages }, { runCheck }] = await Promise.all([import('../build/index.js'), import('../check/index.js')]);
  const languages = await requestLanguages(plan);
  const { errors } = await runCheck({ root: plan.root, agreementId: plan.agreementId });
  return errors.filter((finding) => finding.language.split('+').some((lang) => languages.includes(lang)));
}

/** "3 stale, 1 untranslated" */
function byRule(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const { rule } of findings) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return [...counts].map(([rule, n]) => `${n} ${rule}`).join(', ');
}

function reportFindings(findings: Finding[], io: Io, verbose = false): void {
  if (findings.length === 0) return;
  if (verbose) for (const f of findings) warn(io, `${f.rule}: ${f.key} (${f.language}): ${f.message}`);
  warn(io, `${plural(findings.length, 'check error')} in the published translations (${byRule(findings)}) — npx briefing check lists them`);
}

function reportReview({ reviewFlags }: Pick<BatchResult, 'reviewFlags'>, io: Io, verbose = false): void {
  if (reviewFlags.length === 0) return;
  if (verbose) for (const flag of reviewFlags) warn(io, `${flag.file}: key ${flag.key}: ${flag.reason}`);
  warn(io, `${plural(reviewFlags.length, 'translation')} marked for review — npx briefing check --review lists them`);
}

/**
 * Builds in-process, or — with several profiles — the editions in-process and the profiles on the
 * worker pool, published together. Every profile file is checked first: a bad one is bad input
 * (exit 2) before any work.
 */
async function runBuild(request: BuildRequest & { profiles: string[] }, io: Io): Promise<BatchResult> {
  const { build } = await import('../build/index.js');
  if (request.profiles.length <= 1) return { ...(await build(request)), failures: [] };
  const [{ buildProfileBatch }, { loadProfile }, { loadAgreement }] = await Promise.all([
    import('../build/batch.js'),
    import('../select/profile.js'),
    import('../source/project.js'),
  ]);
  const agreement = await loadAgreement(request.root, request.agreementId);
  for (const profile of request.profiles) await loadProfile(request.root, profile, agreement);
  return buildProfileBatch(request, await progressReporter(request.profiles.length, io));
}

function reportOutputs(result: BatchResult, outDir: string, io: Io, started: number): void {
  const shown = (file: string): string => path.relative(process.cwd(), path.join(outDir, file)) || file;
  for (const entry of result.outputs) io.out(`wrote ${shown(entry.file)} (${formatBytes(entry.bytes)})`);
  const total = result.outputs.length + result.unchanged.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  success(io, `${plural(total, 'output')}: ${result.outputs.length} rebuilt, ${result.unchanged.length} unchanged — ${shown('manifest.json')} (${seconds} s)`);
}

/** Exit 1 after a batch in which some profiles failed; the failures are already reported. */
class BuildFailed extends BriefingError {
  constructor() {
    super('', 1);
  }
}

/** A progress bar on a terminal; plain lines otherwise (CI logs, pipes). */
async function progressReporter(total: number, io: Io): Promise<(profile: string, error?: string) => void> {
  if (process.stderr.isTTY) {
    const { Presets, SingleBar } = await import('cli-progress');
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
