/**
 * All-or-nothing publishing of a build's outputs (README: "All-or-nothing publishing").
 *
 * 1. Stage: every output is written (and synced) into a staging folder inside the output folder,
 *    `.briefing-staging-<pid>-<random>/`, on the same file system, so that moving it is a rename.
 * 2. Under the folder's lock, manifest.json and the bookkeeping files (the record of inputs) are
 *    made from what is published now plus the staged outputs, and staged too.
 * 3. Commit: the journal `.briefing-publish.json` — the staging folder and its files — is renamed
 *    into place. From here on the new set is decided.
 * 4. Every staged file is renamed over its final name; then the staging folder and the journal go.
 *
 * A POSIX file system cannot rename several files in one step, so a kill during step 4 leaves a
 * journal: the next build, and `check --outputs`, complete it before anything else. A kill before
 * step 3 leaves a staging folder without a journal, which they remove (the previous set stays).
 * After either, the folder holds the complete previous set or the complete new set, and
 * manifest.json describes exactly the files on disk.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { BriefingError } from '../errors.js';
import { removeStaleTemporaryFiles } from './atomic.js';
import { isRunning, LOCK_FILE, withFolderLock } from './folder-lock.js';
import { isConfined, MANIFEST_FILE, manifestText, type ManifestEntry } from './manifest.js';
import { outputFolderError, prepareOutputFolder } from './output-folder.js';
import { readOwnFile } from './own-file.js';

export const JOURNAL_FILE = '.briefing-publish.json';
const STAGING_PREFIX = '.briefing-staging-';
const STAGING_NAME = /^\.briefing-staging-(\d+)-[0-9a-f]{8}$/;

/** A file published beside the outputs, made under the lock from its current content (undefined when there is none). */
export interface Bookkeeping {
  file: string;
  update(current: string | undefined): string;
}

interface Journal {
  staging: string;
  files: string[];
}

/** Staging folders of this process that are in use (others of this process are leftovers). */
const active = new Set<string>();

const UNCHANGED = 'nothing was published: the previous outputs are unchanged';

/**
 * Prepares the output folder, completes or rolls back an interrupted publish, lets `stage` write
 * its outputs into a fresh staging folder, then publishes them with manifest.json and the
 * bookkeeping together. If `stage` fails, nothing is published and the staging folder is removed.
 */
export async function publishBuild<T extends { outputs: ManifestEntry[] }>(
  outDir: string,
  projectRoot: string,
  stage: (stagingDir: string) => Promise<T>,
  bookkeeping: (result: T) => Bookkeeping[],
): Promise<T> {
  await prepareOutputFolder(outDir, projectRoot);
  await recoverOutputFolder(outDir);
  const staging = path.join(outDir, `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  active.add(staging);
  try {
    await mkdir(staging).catch((error: unknown) => {
      throw outputFolderError(error, outDir, 'nothing was built');
    });
    const result = await stage(staging);
    if (result.outputs.length > 0) await publish(outDir, staging, result.outputs, bookkeeping(result));
    return result;
  } finally {
    await rm(staging, { recursive: true, force: true });
    active.delete(staging);
  }
}

/** Writes one output into the staging folder, synced to disk before the journal can name it. */
export async function stageFile(stagingDir: string, file: string, content: Buffer | string): Promise<void> {
  if (!isConfined(file)) throw new Error(`output name ${JSON.stringify(file)} leaves the output folder`);
  const target = path.join(stagingDir, file);
  try {
    // Only folders below the staging folder are made: a staging folder removed meanwhile stays removed.
    if (path.dirname(file) !== '.') await mkdir(path.dirname(target), { recursive: true });
    const handle = await open(target, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw outputFolderError(error, path.dirname(stagingDir), UNCHANGED);
  }
}

async function publish(outDir: string, staging: string, entries: ManifestEntry[], bookkeeping: Bookkeeping[]): Promise<void> {
  await withFolderLock(outDir, async () => {
    await completeJournal(outDir);
    for (const { file, update } of bookkeeping) await stageFile(staging, file, update(await readOwnFile(path.join(outDir, file))));
    await stageFile(staging, MANIFEST_FILE, await manifestText(outDir, entries));
    const journal: Journal = { staging: path.basename(staging), files: [...entries.map((e) => e.file), ...bookkeeping.map((b) => b.file), MANIFEST_FILE] };
    await stageFile(staging, JOURNAL_FILE, JSON.stringify(journal));
    try {
      await rename(path.join(staging, JOURNAL_FILE), path.join(outDir, JOURNAL_FILE));
      await syncFolder(outDir);
    } catch (error) {
      throw outputFolderError(error, outDir, UNCHANGED);
    }
    await applyJournal(outDir, journal);
  });
}

/**
 * Completes a publish that a killed build left half-done, and removes what killed builds staged
 * but never committed (and temporary files of earlier versions). Every build does this first; so does
 * `check --outputs`, before it reads the outputs.
 */
export async function recoverOutputFolder(outDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return; // no folder yet: nothing to recover
  }
  await removeStaleTemporaryFiles(outDir);
  const leftovers = names.filter((name) => name === JOURNAL_FILE || name === LOCK_FILE || isAbandoned(path.join(outDir, name)));
  if (leftovers.length === 0) return;
  await withFolderLock(outDir, async () => {
    await completeJournal(outDir);
    for (const name of await readdir(outDir)) if (isAbandoned(path.join(outDir, name))) await rm(path.join(outDir, name), { recursive: true, force: true });
  });
}

/** A staging folder of a build that is no longer running, or of this process but no longer in use. */
function isAbandoned(dir: string): boolean {
  const pid = STAGING_NAME.exec(path.basename(dir))?.[1];
  if (pid === undefined) return false;
  return Number(pid) === process.pid ? !active.has(dir) : !isRunning(Number(pid));
}

/** Finishes the publish the journal describes, if there is one (the caller holds the lock). */
async function completeJournal(outDir: string): Promise<void> {
  const text = await readOwnFile(path.join(outDir, JOURNAL_FILE));
  if (text !== undefined) await applyJournal(outDir, parseJournal(text, outDir));
}

function parseJournal(text: string, outDir: string): Journal {
  try {
    const journal = JSON.parse(text) as Journal;
    if (STAGING_NAME.test(journal.staging) && Array.isArray(journal.files) && journal.files.every(isConfined)) return journal;
  } catch {
    // reported below
  }
  throw new BriefingError(`${path.join(outDir, JOURNAL_FILE)}: not a journal this tool wrote: remove it and rebuild with --force`, 2);
}

/** Renames every staged file over its final name; a file already moved (before an interruption) is skipped. */
async function applyJournal(outDir: string, journal: Journal): Promise<void> {
  const staging = path.join(outDir, journal.staging);
  try {
    for (const file of journal.files) {
      const target = path.join(outDir, file);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(path.join(staging, file), target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    await syncFolder(outDir);
    await rm(staging, { recursive: true, force: true });
    await rm(path.join(outDir, JOURNAL_FILE), { force: true });
  } catch (error) {
    throw outputFolderError(error, outDir, `publishing stopped half-way; the next build completes it (${JOURNAL_FILE})`);
  }
}

/** Makes the renames in a folder durable (a power cut after the journal must not lose it). */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
