import { access } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';

export interface PlannedFile {
  /** Relative to the project root, as shown to the user. */
  file: string;
  content: string;
  /** What the file holds, in a few words ("5 sections, 38 blocks"). */
  summary: string;
}

export interface WrittenFile {
  file: string;
  summary: string;
  replaced: boolean;
}

/**
 * Writes every file, or none: an existing file stops the import unless `force` is set, and that
 * is checked for all of them before the first is written. Each file is replaced atomically.
 */
export async function writeAll(root: string, files: readonly PlannedFile[], force: boolean): Promise<WrittenFile[]> {
  const existing = new Set<string>();
  for (const { file } of files) {
    if (!(await exists(path.join(root, file)))) continue;
    if (!force) throw new ContentError(file, undefined, 'already exists: pass --force to replace it (nothing was written)', 2);
    existing.add(file);
  }
  for (const { file, content } of files) await writeFileAtomic(path.join(root, file), content);
  return files.map(({ file, summary }) => ({ file, summary, replaced: existing.has(file) }));
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
