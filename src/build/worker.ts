import { BriefingError, type ExitCode } from '../errors.js';
import { build, type BuildRequest, type BuildResult } from './index.js';

/**
 * A worker of the profile batch, and the second thread of a watch session (threads.ts): stages the
 * outputs of its request into the caller's staging folder; the caller publishes them.
 */
export default function buildInWorker(request: BuildRequest & { stagingDir: string }): Promise<BuildResult> {
  return build(request);
}

/** A build's result, or its error as data: an error that crosses to another thread loses its class and exit code. */
export type WorkerOutcome = { result: BuildResult } | { error: { message: string; exitCode?: ExitCode; stack?: string } };

/** buildInWorker, for a caller that reports errors for people (threads.ts): a BriefingError keeps its exit code. */
export async function buildWithOutcome(request: BuildRequest & { stagingDir: string }): Promise<WorkerOutcome> {
  try {
    return { result: await build(request) };
  } catch (error) {
    const { message, stack } = error as Error;
    return { error: { message: message ?? String(error), stack, ...(error instanceof BriefingError ? { exitCode: error.exitCode } : {}) } };
  }
}
