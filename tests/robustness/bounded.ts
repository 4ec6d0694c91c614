import { Worker } from 'node:worker_threads';

/**
 * Runs an ES module's source in a worker thread and resolves with the first message it posts. A
 * worker can be stopped even inside a synchronous loop, so a case that hangs fails after `ms`
 * instead of blocking the suite.
 */
export async function inWorker<T>(source: string, ms: number): Promise<T> {
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<T>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`still running after ${ms / 1000} s`)), ms);
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', () => reject(new Error('the worker ended without an answer')));
    });
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}
