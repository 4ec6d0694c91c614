import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { BriefingError, UsageError } from '../errors.js';

/** How messages name the output folder: relative to the current folder when inside it, else in full. */
export function folderName(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative;
}

/** What a file-system error code means for the output folder, and what to do; none for codes that are bugs. */
const PROBLEMS: Readonly<Record<string, [problem: string, remedy: string]>> = {
  ENOSPC: ['the disk is full', 'free some space or choose another --out'],
  EDQUOT: ['the disk quota is used up', 'free some space or choose another --out'],
  EROFS: ['it is on a read-only file system', 'choose another --out'],
  EACCES: ['it cannot be written (permission denied)', 'make it writable or choose another --out'],
  EPERM: ['it cannot be written (not permitted: an immutable folder?)', 'make it writable or choose another --out'],
  EEXIST: ['it is a file, not a folder', 'choose another --out'],
  ENOTDIR: ['it, or a folder above it, is a file', 'choose another --out'],
  EISDIR: ['a folder in it has the name of an output', 'remove that folder or choose another --out'],
  ENOTEMPTY: ['a folder in it has the name of an output', 'remove that folder or choose another --out'],
  EIO: ['the disk reported an input/output error', 'check the disk or choose another --out'],
  ENAMETOOLONG: ['its path is too long', 'choose a shorter --out'],
};

/**
 * A file-system error met while writing into the output folder, as the user's problem: one line
 * naming the folder, what is wrong and what to do (exit 2). Anything else is returned unchanged:
 * a real bug, reported as an internal error.
 */
export function outputFolderError(error: unknown, dir: string, consequence: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : PROBLEMS[code];
  if (known === undefined) return error;
  const [problem, remedy] = known;
  return new BriefingError(`output folder ${folderName(dir)}: ${problem} (${code}): ${remedy}; ${consequence}`, 2);
}

/**
 * Refuses output folders that are no place for outputs: the file-system root, and the project folder
 * itself (outputs and their manifest would mix with data/, locales/ and templates/). Bad usage, exit 2.
 */
export function assertOutputFolderAllowed(dir: string, projectRoot: string): void {
  const resolved = path.resolve(dir);
  if (path.parse(resolved).root === resolved) throw new UsageError(`--out ${dir}: the file-system root cannot be the output folder: choose a folder such as dist/`);
  if (resolved === path.resolve(projectRoot)) {
    throw new UsageError(`--out ${folderName(dir)}: the project folder itself cannot be the output folder (outputs would mix with data/, locales/ and templates/): choose a folder such as dist/`);
  }
}

/** Makes sure the output folder is allowed and exists (or can be made) as a folder. */
export async function prepareOutputFolder(dir: string, projectRoot: string): Promise<void> {
  assertOutputFolderAllowed(dir, projectRoot);
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'EEXIST' });
  } catch (error) {
    throw outputFolderError(error, dir, 'nothing was built');
  }
}
