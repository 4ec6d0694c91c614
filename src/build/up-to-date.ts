/**
 * The no-change path of `briefing build`: after a build, <out>/.briefing-last-build.json keeps a key
 * of everything that build read — the request, the bytes of every file under data/, locales/ and
 * templates/ (and of a profile named by path), the fonts, the tool's code and the date of issue —
 * with the check findings and review flags it reported and the size and modification time of each
 * output it stands for. When the same request finds the same key and every output as it was left,
 * the build is known to change nothing: the command says so from this record, without loading the
 * writers, composing a document or running the checks. This module loads nothing heavy; anything
 * that differs (or --force) takes the full build, whose per-output records (inputs.ts) decide what to
 * rebuild.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../check/findings.js';
import { issueDate } from '../compose/issue-date.js';
import { writeFileAtomic } from '../io/atomic.js';
import { readOwnFile } from '../io/own-file.js';
import type { ReviewFlag } from '../source/review.js';
import { SOURCE_FOLDERS } from '../source/folders.js';
import { fontsStamp } from './inputs.js';

export const LAST_BUILD_FILE = '.briefing-last-build.json';

/** What a build reported, kept for the next build of the same request. */
export interface BuildReport {
  /** The output files the request stands for, relative to the output folder. */
  files: string[];
  findings: Finding[];
  reviewFlags: ReviewFlag[];
}

interface FileState {
  file: string;
  size: number;
  mtimeMs: number;
}

interface LastBuild extends BuildReport {
  key: string;
  /** The outputs, manifest.json and the input record as the build left them. */
  states: FileState[];
}

const LIB_DIR = path.resolve(import.meta.dirname, '..');

/** Every file under `dir`, relative to it, sorted; none when it is missing. */
async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
  } catch {
    return [];
  }
}

/** The compiled code by name, size and time (a rebuilt or upgraded tool has new times). */
async function codeStamp(): Promise<string> {
  const files = await filesUnder(LIB_DIR);
  const stats = await Promise.all(files.map((file) => stat(path.join(LIB_DIR, file))));
  return files.map((file, i) => `${file}:${stats[i]!.size}:${stats[i]!.mtimeMs}`).join('\n');
}

/**
 * The key of a build request: the request itself (root, output folder, editions, options), the bytes
 * of every source file it may read, fonts, code and date. Taken before the build reads anything, so
 * that an edit during the build makes the next key differ.
 */
export async function buildKey(request: { root: string; profiles?: string[] }): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ request, issued: issueDate() }));
  const sources = SOURCE_FOLDERS.map((folder) => path.join(request.root, folder));
  // A profile may be a file outside those folders; hashing a file an id happens to name too is harmless.
  const profileFiles = (request.profiles ?? []).map((reference) => path.resolve(reference));
  for (const dir of sources) {
    for (const file of await filesUnder(dir)) hash.update(`\0${path.join(dir, file)}\0`).update(await readFile(path.join(dir, file)));
  }
  for (const file of profileFiles) hash.update(`\0${file}\0`).update(await readFile(file).catch(() => ''));
  return hash.update(await fontsStamp()).update(await codeStamp()).digest('hex');
}

const stateOf = async (outDir: string, file: string): Promise<FileState | undefined> => {
  try {
    const { size, mtimeMs } = await stat(path.join(outDir, file));
    return { file, size, mtimeMs };
  } catch {
    return undefined;
  }
};

/** The files whose state stands for "the outputs are as the build left them". */
const recordedFiles = (files: string[]): string[] => [...files, 'manifest.json', '.briefing-inputs.json'];

/** The report of the last build into `outDir` when it had this key and its outputs are untouched; otherwise undefined. */
export async function upToDate(outDir: string, key: string): Promise<BuildReport | undefined> {
  let last: LastBuild;
  try {
    last = JSON.parse((await readOwnFile(path.join(outDir, LAST_BUILD_FILE))) ?? '') as LastBuild;
  } catch {
    return undefined; // no record (or an unreadable one): the full build decides
  }
  if (last.key !== key || !Array.isArray(last.states)) return undefined;
  const now = await Promise.all(last.states.map(({ file }) => stateOf(outDir, file)));
  const untouched = last.states.every((was, i) => now[i]?.size === was.size && now[i]?.mtimeMs === was.mtimeMs);
  return untouched ? { files: last.files, findings: last.findings, reviewFlags: last.reviewFlags } : undefined;
}

/** Records a successful build under its key (taken before it ran), with the state its outputs are in now. */
export async function recordBuild(outDir: string, key: string, report: BuildReport): Promise<void> {
  const states = await Promise.all(recordedFiles(report.files).map((file) => stateOf(outDir, file)));
  if (states.some((state) => state === undefined)) return; // an output is missing: nothing to vouch for
  const last: LastBuild = { key, ...report, states: states as FileState[] };
  await writeFileAtomic(path.join(outDir, LAST_BUILD_FILE), `${JSON.stringify(last)}\n`);
}
