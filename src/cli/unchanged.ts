/**
 * `briefing build` of a project in which nothing changed, answered from the last build's record
 * (build/up-to-date.ts) before the command line, the checks and the writers are loaded: Node's
 * start-up is most of such a build, and the answer prints what the full build would. The
 * executable (bin/briefing.cjs) loads this module and what it imports as one bundled CommonJS file,
 * lib/unchanged.cjs (`npm run compile` makes it), so that Node reads one file, not fifteen, and
 * does not start its ES module loader.
 */
import { invocationOf, upToDate } from '../build/up-to-date.js';
import { processIo, type Io } from '../terminal.js';
import { reportFindings, reportOutputs, reportReview } from './build-report.js';

/** The exit code when the build `args` ask for is known to change nothing; undefined when the full build must decide. */
export function answerUnchanged(args: string[], started: number, io: Io = processIo): number | undefined {
  const invocation = invocationOf(args);
  if (invocation.force) return undefined;
  const plans = upToDate(invocation);
  // --strict fails on check errors: the full build says which.
  if (!plans || (invocation.strict && plans.some((plan) => plan.findings.length > 0))) return undefined;
  for (const plan of plans) {
    reportFindings(plan.findings, io, invocation.verbose);
    reportReview(plan, io, invocation.verbose);
    reportOutputs({ outputs: [], unchanged: plan.files }, plan.outDir, io, started);
  }
  return 0;
}
