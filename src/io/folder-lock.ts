import { open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BriefingError } from '../errors.js';
import { readOwnFile } from './own-file.js';

/** Whether a process with this id is running (signal 0 only asks). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const LOCK_FILE = '.briefing-publish.lock';
const WAIT_MS = 60_000;

/** Holders in this process, by folder: builds in one process (watch, tests) take turns without touching the file. */
const inProcess = new Map<string, Promise<void>>();

/**
 * Runs `work` while holding the folder's publish lock: a file holding the holder's process id,
 * created exclusively. A lock whose process is gone (a build killed while publishing) is taken
 * over at once — unlike a lock that goes stale after a timeout, a kill costs the next run nothing.
 */
export async function withFolderLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const before = inProcess.get(dir) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const queued = before.then(() => mine);
  inProcess.set(dir, queued);
  await before;
  const file = path.join(dir, LOCK_FILE);
  try {
    await acquire(file);
    try {
      return await work();
    } finally {
      await rm(file, { force: true });
    }
  } finally {
    release();
    if (inProcess.get(dir) === queued) inProcess.delete(dir);
  }
}

async function acquire(file: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (let delay = 10; ; delay = Math.min(delay * 2, 250)) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await isStale(file)) {
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new BriefingError(`${path.dirname(file)}: another build has been publishing into this folder for a minute: wait for it, or remove ${LOCK_FILE} if no build is running`, 2);
    }
    await sleep(delay);
  }
}

/**
 * Whether the lock's holder is gone: its process has ended (or is this one, which queues its own
 * holders in memory). An empty file is a holder between creating and writing it, stale only if old.
 */
async function isStale(file: string): Promise<boolean> {
  try {
    const holder = Number.parseInt((await readOwnFile(file)) ?? '', 10);
    if (Number.isInteger(holder)) return holder === process.pid || !isRunning(holder);
    return Date.now() - (await stat(file)).mtimeMs > 5_000;
  } catch {
    return false; // released meanwhile: the next attempt takes it
  }
}
