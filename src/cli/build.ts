import type { Command } from 'commander';
import type { BatchResult } from '../build/batch.js';
import type { BuildRequest } from '../build/index.js';
import { before, invocationOf, recordBuild, type PlanReport } from '../build/up-to-date.js';
import { recoverOutputFolder } from '../io/publish.js';
import type { Finding } from '../check/findings.js';
import { BriefingError } from '../errors.js';
import { addBuildOptions } from './build-options.js';
import { buildPlans, type BuildPlan, type SeveralAgreementsOptions } from './build-plan.js';
import { plural, type Io } from '../terminal.js';
import { byRule, reportFindings, reportOutputs, reportReview } from './build-report.js';
import { commonOptions } from './options.js';

type BuildCommandOptions = SeveralAgreementsOptions & {
  strict?: boolean;
  verbose?: boolean;
};

export function registerBuild(program: Command, io: Io, _setExitCode: (code: number) => void, argv: string[]): void {
  commonOptions(
    addBuildOptions(program.command('build').description('build editions and delegation packets into the output folder and write manifest.json'))
      .option('--all-agreements', 'build every agreement in data/agreements, each into <out>/<agreement id>/')
      .option('--strict', 'fail (exit 1) before building when `briefing check` finds an error in a language being built')
      .option('--verbose', 'list every check finding and translation marked for review, not just how many'),
    { severalAgreements: true },
  ).action(async (options: BuildCommandOptions) => {
    const started = performance.now();
    // This command and its sources for the next one's no-change path (cli/unchanged.ts), before anything is read.
    const invocation = invocationOf(argv.slice(argv.indexOf('build') + 1));
    const sources = before(invocation);
    const plans = await buildPlans(options);
    // A publish that a killed build left half-done is completed (or rolled back) before anything else.
    for (const plan of plans) await recoverOutputFolder(plan.outDir);
    const findings = await Promise.all(plans.map(checkFindings));
    const all = findings.flat();
    if (options.strict && all.length > 0) {
      reportFindings(all, io, options.verbose);
      throw new BriefingError(`--strict: ${plural(all.length, 'check error')} in the languages being built (${byRule(all)}); nothing was built`);
    }
    const failed: string[] = [];
    const reports: PlanReport[] = [];
    for (const [index, plan] of plans.entries()) {
      const result = await runBuild(plan, io);
      reportFindings(findings[index]!, io, options.verbose);
      reportReview(result, io, options.verbose);
      reportOutputs(result, plan.outDir, io, started);
      reports.push({ outDir: plan.outDir, files: [...result.outputs.map((o) => o.file), ...result.unchanged], findings: findings[index]!, reviewFlags: result.reviewFlags });
      for (const failure of result.failures) io.err(`briefing: profile ${failure.profile} failed: ${failure.message}`);
      if (result.failures.length > 0) {
        io.err(`${plan.profiles.length - result.failures.length} of ${plural(plan.profiles.length, 'profile')} built; ${result.failures.length} failed`);
        failed.push(...result.failures.map((failure) => failure.profile));
      }
    }
    if (failed.length > 0) throw new BuildFailed();
    await recordBuild(invocation, sources, reports);
  });
}

/** The errors `briefing check` finds in the languages a build publishes (stale and untranslated strings among them). */
async function checkFindings(plan: BuildPlan): Promise<Finding[]> {
  const [{ requestLanguages }, { runCheck }] = await Promise.all([import('../build/index.js'), import('../check/index.js')]);
  const languages = await requestLanguages(plan);
  const { errors } = await runCheck({ root: plan.root, agreementId: plan.agreementId, languages });
  return errors.filter((finding) => finding.language.split('+').some((lang) => languages.includes(lang)));
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
