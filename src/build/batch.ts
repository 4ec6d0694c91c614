import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import { writeManifest, type ManifestEntry } from '../io/manifest.js';
import { writeInputRecord, type InputRecord } from './inputs.js';
import type { ReviewFlag } from '../source/review.js';
import type { BuildRequest, BuildResult } from './index.js';

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
 * Builds many profiles on a pool of worker threads, one per core: each worker builds one profile at
 * a time and writes its files atomically; a profile that fails does not stop the others. The
 * manifest and the input record are written once, with every output that was built.
 */
export async function buildProfileBatch(
  request: BuildRequest & { profiles: string[] },
  onDone: (profile: string, error?: string) => void,
): Promise<BatchResult> {
  const pool = new Tinypool({ filename: new URL('./worker.js', import.meta.url).href, maxThreads: Math.max(1, Math.min(availableParallelism(), request.profiles.length)) });
  const result: BatchResult = { outputs: [], unchanged: [], reviewFlags: [], failures: [] };
  const inputs: InputRecord = {};
  try {
    await Promise.all(
      request.profiles.map(async (profile) => {
        try {
          const built = (await pool.run({ ...request, editions: [], profiles: [profile] })) as BuildResult;
          result.outputs.push(...built.outputs);
          result.unchanged.push(...built.unchanged);
          Object.assign(inputs, built.inputs);
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
  if (result.outputs.length > 0) {
    await writeManifest(request.outDir, result.outputs);
    await writeInputRecord(request.outDir, inputs);
  }
  return result;
}
