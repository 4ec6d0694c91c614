/**
 * Rendering on both cores: a watch session keeps a warm worker thread that builds single outputs
 * while this thread renders others. Measured on the 2-core machine: one Chinese string changed
 * rewrites six outputs; on one thread the two PDFs alone take longer than the whole rebuild may.
 */
import { Tinypool } from 'tinypool';
import { BriefingError } from '../errors.js';
import type { BuildRequest, BuildResult } from './index.js';
import type { WorkerOutcome } from './worker.js';

/** A second thread that builds outputs into a staging folder (build/worker.ts), kept warm between builds. */
export interface SecondThread {
  build(request: BuildRequest & { stagingDir: string }): Promise<BuildResult>;
  close(): Promise<void>;
}

/** build/worker.js beside this module; from the TypeScript sources (under the tests), its compiled copy in lib/. */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? '../../lib/build/worker.js' : './worker.js', import.meta.url).href;

/**
 * The worker thread, started with the first build that has two outputs to render and kept for the
 * session; its modules, fonts and caches warm up with the first outputs it builds.
 */
export function startSecondThread(): SecondThread {
  const pool = new Tinypool({ filename: WORKER, minThreads: 0, maxThreads: 1, idleTimeout: Infinity });
  return {
    async build(request) {
      const outcome = (await pool.run(request, { name: 'buildWithOutcome' })) as WorkerOutcome;
      if ('result' in outcome) return outcome.result;
      const { message, exitCode, stack } = outcome.error;
      // Errors for people come back as such (one line, their exit code); any other is an internal error, with its stack for --debug.
      throw Object.assign(exitCode === undefined ? new Error(message) : new BriefingError(message, exitCode), { stack });
    },
    close: () => pool.destroy(),
  };
}

/**
 * Promise.all that waits for every promise to settle before it fails, so that no writer is still
 * staging a file when the failed build's staging folder is removed.
 */
export async function settleAll<T>(promises: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<T>).value);
}

/**
 * Handles every item on one of two lanes, `there` (the second thread) and `here`: each lane takes the
 * costliest item left whenever it is free, so that the long ones start first and the short ones fill
 * in. The results are in the order of `items`; like settleAll, it fails only once both lanes stopped.
 */
export async function onTwoThreads<T, R>(items: readonly T[], cost: (item: T) => number, here: (item: T) => Promise<R>, there: (item: T) => Promise<R>): Promise<R[]> {
  const waiting = items.map((item, index) => ({ item, index })).sort((a, b) => cost(b.item) - cost(a.item));
  const results: R[] = [];
  const lane = async (handle: (item: T) => Promise<R>): Promise<void> => {
    for (let next = waiting.shift(); next; next = waiting.shift()) results[next.index] = await handle(next.item);
  };
  // The second thread's lane first: it takes the costliest item before this thread starts its own.
  await settleAll([lane(there), lane(here)]);
  return results;
}
