import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface Tmpfs {
  dir: string;
  unmount(): Promise<void>;
}

/**
 * Mounts a small tmpfs (`size` such as "1m", more `options` such as "ro") at a fresh folder, for
 * cases a real disk cannot show on demand (full, read-only). Mounting needs root: elsewhere the
 * answer is the reason, for the skipped test's name.
 */
export async function mountTmpfs(size: string, options: string[] = []): Promise<Tmpfs | string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefing-tmpfs-'));
  try {
    await promisify(execFile)('mount', ['-t', 'tmpfs', '-o', [`size=${size}`, ...options].join(','), 'tmpfs', dir]);
  } catch (error) {
    return `mounting a tmpfs is not permitted here (${(error as { stderr?: string }).stderr?.trim() || (error as Error).message})`;
  }
  return { dir, unmount: async () => void (await promisify(execFile)('umount', [dir])) };
}
