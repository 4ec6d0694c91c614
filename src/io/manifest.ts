import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { lock } from 'proper-lockfile';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic.js';
import type { Format } from '../writers/index.js';


/** One entry of manifest.json (README, "Command line": `--out`). */
export interface ManifestEntry {
  file: string;
  format: Format;
  edition: string;
  profile: string | null;
  languages: string[];
  sections: string[];
  /** Packet components present (cover, contents, summary, glossary), in order. */
  components: string[];
  bytes: number;
  sha256: string;
}

export function describeOutput(content: Buffer, entry: Omit<ManifestEntry, 'bytes' | 'sha256'>): ManifestEntry {
  return { ...entry, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

/**
 * Writes <out>/manifest.json: this build's outputs, plus earlier entries whose files are still
 * there, so that building one format does not make the manifest forget the others. The
 * read-merge-write runs under a lock, so that two builds into one folder cannot lose each other's entries.
 */
export async function writeManifest(outDir: string, entries: ManifestEntry[]): Promise<void> {
  const file = path.join(outDir, 'manifest.json');
  await mkdir(outDir, { recursive: true });
  const release = await lock(outDir, { lockfilePath: path.join(outDir, '.manifest.lock'), retries: { retries: 50, minTimeout: 20, maxTimeout: 200 }, stale: 30_000 });
  try {
    const built = new Set(entries.map((e) => e.file));
    const previous = await readManifest(file);
    const kept = previous.filter((e) => !built.has(e.file) && existsSync(path.join(outDir, e.file)));
    const outputs = [...kept, ...entries].sort((a, b) => a.file.localeCompare(b.file));
    await writeFileAtomic(file, `${JSON.stringify({ outputs }, null, 2)}\n`);
  } finally {
    await release();
  }
}

/** The entries of a manifest.json; none when there is no readable one. */
export async function readManifest(file: string): Promise<ManifestEntry[]> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { outputs?: ManifestEntry[] };
    return Array.isArray(parsed.outputs) ? parsed.outputs : [];
  } catch {
    return []; // no manifest yet, or an unreadable one that this build replaces
  }
}
