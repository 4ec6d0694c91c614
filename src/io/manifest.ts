import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Format } from '../writers/index.js';
import { readOwnFile } from './own-file.js';

export const MANIFEST_FILE = 'manifest.json';

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

/** Whether a manifest's file name stays inside the output folder: a relative path of plain names, no `..`, no backslash. */
export function isConfined(file: unknown): file is string {
  return typeof file === 'string' && file !== '' && !file.includes('\\') && !path.isAbsolute(file) && file.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * The manifest after publishing `entries`: theirs, plus the earlier entries whose files are still
 * regular files in the folder — described anew from the bytes on disk, so that building one format
 * does not make the manifest forget the others, and every hash is the file's. Entries naming
 * anything outside the folder are dropped.
 */
export async function manifestText(outDir: string, entries: ManifestEntry[]): Promise<string> {
  const built = new Set(entries.map((e) => e.file));
  const previous = (await readManifest(path.join(outDir, MANIFEST_FILE))).filter((e) => !built.has(e.file));
  const kept = (await Promise.all(previous.map((entry) => describeAgain(outDir, entry)))).filter((e) => e !== undefined);
  const outputs = [...kept, ...entries].sort((a, b) => a.file.localeCompare(b.file));
  return `${JSON.stringify({ outputs }, null, 2)}\n`;
}

async function describeAgain(outDir: string, entry: ManifestEntry): Promise<ManifestEntry | undefined> {
  const file = path.join(outDir, entry.file);
  try {
    if (!(await lstat(file)).isFile()) return undefined; // a link or folder is no output of ours
    return describeOutput(await readFile(file), entry);
  } catch {
    return undefined; // removed since
  }
}

/** The entries of a manifest.json that stay inside its folder; none when there is no readable one. */
export async function readManifest(file: string): Promise<ManifestEntry[]> {
  return (await readManifestIfAny(file)) ?? []; // none yet, or an unreadable one that the next build replaces
}

/** The entries of a manifest.json that stay inside its folder, or undefined when it is missing, unreadable or not a regular file. */
export async function readManifestIfAny(file: string): Promise<ManifestEntry[] | undefined> {
  try {
    const text = await readOwnFile(file);
    if (text === undefined) return undefined;
    const parsed = JSON.parse(text) as { outputs?: ManifestEntry[] };
    return Array.isArray(parsed.outputs) ? parsed.outputs.filter((e) => isConfined(e?.file)) : undefined;
  } catch {
    return undefined;
  }
}
