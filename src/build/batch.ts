import { Tinypool } from 'tinypool';
import type { ManifestEntry } from '../io/manifest.js';
import { publishBuild } from '../io/publish.js';
import { inputRecordUpdate, type InputRecord } from './inputs.js';
import type { ReviewFlag } from '../source/review.js';
import { build, type BuildRequest, type BuildResult } from './index.js';

export interface BatchResult {
  outputs: ManifestEntry[];
  unchanged: string[];
  reviewFlags: ReviewFlag[];
  failures: { profile: string; message: string }[];
}

/** Review flags of several builds, each once. */
export function mergeReviewFlags(first: ReviewFlag[], second: ReviewFlag[]): ReviewFlag[] {
  return [...first, ...second.filter((f) => !first.some((r) => r.file === f.file && r.key === f.key))];
}

/**
 * The batch's memory bound (peak RSS of `build --all-profiles`): one worker thread, its V8 heap capped.
 * Every thread holds its own fonts (53 MB), the HTML subsetter's WebAssembly memory, pdfmake, docx and
 * a heap that, left to grow, reaches 150–200 MB over a few dozen packets. Measured on 50 generated
 * packets (bench/run.mjs): two workers without a cap peaked at 895 MB, two capped at 96 MB at 512 MB,
 * one capped at 96 MB at 324 MB; the price is the second core, left unused. A packet too big for the
 * cap is built again in this thread, without one.
 */
const WORKER_HEAP_MB = 96;

/** A worker that reached its heap cap. */
const outOfMemory = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Builds the request's editions in this thread, then its profiles on the worker thread, one at a
 * time, into the shared staging folder; a profile that fails does not stop the others. Then
 * everything that was built is published in one step, with manifest.json and the record of inputs
 * (io/publish.ts); a failed profile keeps its previous files.
 */
export async function buildProfileBatch(request: BuildRequest & { profiles: string[] }, onDone: (profile: string, error?: string) => void): Promise<BatchResult> {
  const stage = async (stagingDir: string): Promise<BatchResult & { inputs: InputRecord }> => {
    const editions = request.editions.length > 0 ? await build({ ...request, profiles: [], stagingDir }) : undefined;
    const result = { outputs: [...(editions?.outputs ?? [])], unchanged: [...(editions?.unchanged ?? [])], reviewFlags: editions?.reviewFlags ?? [], failures: [] as BatchResult['failures'], inputs: { ...editions?.inputs } };
    const pool = new Tinypool({ filename: new URL('./worker.js', import.meta.url).href, maxThreads: 1, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    try {
      await Promise.all(
        request.profiles.map(async (profile) => {
          const job = { ...request, editions: [], profiles: [profile], stagingDir };
          try {
            const built = (await pool.run(job).catch((error: unknown) => (outOfMemory(error) ? build(job) : Promise.reject(error)))) as BuildResult;
            result.outputs.push(...built.outputs);
            result.unchanged.push(...built.unchanged);
            Object.assign(result.inputs, built.inputs);
            result.reviewFlags = mergeReviewFlags(result.reviewFlags, built.reviewFlags);
            onDone(profile);
          } catch (error) {
            // Errors cross the thread boundary as plain objects: keep the message people read.
            const message = error instanceof Error ? error.message : String(error);
            result.failures.push({ profile, message });
            onDone(profile, message);
          }
        }),
      );
    } finally {
      await pool.destroy();
    }
    return result;
  };
  const { outputs, unchanged, reviewFlags, failures } = await publishBuild(request.outDir, request.root, stage, (built) => [inputRecordUpdate(built.inputs)]);
  return { outputs, unchanged, reviewFlags, failures };
}
