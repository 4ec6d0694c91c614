/**
 * Rendering on both cores: a watch session keeps a warm worker thread that renders outputs the main
 * thread composed, while the main thread renders others. Measured on the 2-core machine: one Chinese
 * string changed rewrites six outputs; on one thread the two PDFs alone took longer than the whole
 * rebuild may.
 */
import { Tinypool } from 'tinypool';
import type { DocumentTree } from '../tree/types.js';
import type { Format, WriteOptions } from '../writers/index.js';
import type { RenderTask } from './render-worker.js';

/** A second thread that renders documents, kept warm between builds. */
export interface SecondThread {
  render(tree: DocumentTree, format: Format, options: WriteOptions): Promise<Buffer>;
  close(): Promise<void>;
}

/** A compiled module beside this one; from the TypeScript sources (which the tests run), its copy in lib/. */
const compiled = (url: URL): string => (import.meta.url.endsWith('.ts') ? url.href.replace(/\/src\/(?=[^/]+\/[^/]+$)/, '/lib/') : url.href);
const WORKER = compiled(new URL('./render-worker.js', import.meta.url));

/**
 * The worker thread, started by the first build that has two outputs to render and kept for the
 * session; its writers, fonts and caches warm up with the first outputs it renders.
 */
export function startSecondThread(): SecondThread {
  let pool: Tinypool | undefined;
  return {
    async render(tree, format, options) {
      // One thread, kept however long it idles (a pool's minimum is never ended).
      pool ??= new Tinypool({ filename: WORKER, minThreads: 1, maxThreads: 1 });
      const content = (await pool.run({ tree, format, options } satisfies RenderTask)) as Uint8Array;
      return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    },
    close: async () => pool?.destroy(),
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
