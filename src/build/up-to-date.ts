/**
 * The no-change path of `briefing build`: after a build, <out>/.briefing-last-build.json keeps the
 * command (its arguments, the folder it ran in, the project root and the date of issue), what each
 * agreement's build reported (check findings, review flags, its outputs) and the size and
 * modification time of every file the outputs depend on: each file under data/, locales/ and
 * templates/ (and a profile named by path) as it was before the build read it, and the fonts, the
 * tool's code, the outputs, manifest.json and the record of inputs as the build left them. When the
 * same command finds the same files in the same state, it is known to change nothing: it says so
 * from this record before the command line and the writers are even loaded (cli/unchanged.ts).
 * Anything that differs (or --force) takes the full build, whose per-output records (inputs.ts)
 * hash what each output was made from and decide what to rebuild.
 *
 * This module runs at the start of every `build`: it imports nothing but Node's fs, path and util
 * (not even crypto: comparing sizes and times needs no hash), and reads synchronously — a few small
 * files, several times faster than the thread pool's round trips.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Finding } from '../check/findings.js';
import { issueDate } from '../compose/issue-date.js';
import { readOwnFileSync } from '../io/own-file.js';
import { JOURNAL_FILE } from '../io/publish.js';
import type { ReviewFlag } from '../source/review.js';
import { DEFAULT_OUT_DIR, SOURCE_FOLDERS } from '../source/folders.js';
import { findProjectRoot } from '../source/root.js';

export const LAST_BUILD_FILE = '.briefing-last-build.json';

/** The `build` command as far as the no-change path needs to understand it. */
export interface Invocation {
  /** The arguments after `build`, as given (but --force). */
  args: string[];
  cwd: string;
  root: string;
  /** The output folder (each agreement's folder is inside it when several are built). */
  outDir: string;
  /** Profiles named by path (or by id: a file an id happens to name is harmless to include). */
  profileFiles: string[];
  force: boolean;
  strict: boolean;
  verbose: boolean;
}

/** What the build of one agreement reported. */
export interface PlanReport {
  outDir: string;
  /** Its output files, relative to its folder. */
  files: string[];
  findings: Finding[];
  reviewFlags: ReviewFlag[];
}

interface FileState {
  file: string;
  size: number;
  mtimeMs: number;
}

/** A command and its sources before a build reads them. */
export interface Before {
  /** What was asked, where and when. */
  command: string;
  sources: FileState[];
}

interface LastBuild extends Before {
  /** The fonts, the code and the outputs, after the build. */
  states: FileState[];
  plans: PlanReport[];
}

/**
 * Reads the options that locate the build's files; the others are part of the command as given.
 * The full command line (commander) decides what the arguments mean; a command it refuses writes
 * no record, so it is never answered from one.
 */
export function invocationOf(args: string[], cwd = process.cwd()): Invocation {
  const { values } = parseArgs({
    args,
    strict: false,
    allowPositionals: true,
    options: {
      root: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string', multiple: true },
      force: { type: 'boolean' },
      strict: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
  });
  const given = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const root = path.resolve(cwd, given(values.root) ?? findProjectRoot(cwd));
  const profiles = Array.isArray(values.profile) ? values.profile.filter((p) => typeof p === 'string') : [];
  return {
    // --force changes whether outputs are rendered again, not what they are.
    args: args.filter((arg) => arg !== '--force'),
    cwd,
    root,
    outDir: path.resolve(root, given(values.out) ?? DEFAULT_OUT_DIR),
    profileFiles: profiles.map((p) => path.resolve(cwd, p)),
    force: values.force === true,
    strict: values.strict === true,
    verbose: values.verbose === true,
  };
}

/** What was asked, where, and the date of issue a packet's cover would carry. */
const commandOf = ({ args, cwd, root }: Invocation): string => JSON.stringify({ args, cwd, root, issued: issueDate() });

/** Every file under `dir`, sorted; none when it is missing. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}

function stateOf(file: string): FileState | undefined {
  try {
    const { size, mtimeMs } = statSync(file);
    return { file, size, mtimeMs };
  } catch {
    return undefined;
  }
}

const statesOf = (files: string[]): (FileState | undefined)[] => files.map(stateOf);
const present = (states: (FileState | undefined)[]): FileState[] => states.filter((state) => state !== undefined);

/** The source files a command may read, as they are now: the project's and the profiles named by path. */
const sourceStates = (invocation: Invocation): FileState[] =>
  present(statesOf([...SOURCE_FOLDERS.flatMap((folder) => filesUnder(path.join(invocation.root, folder))), ...invocation.profileFiles]));

/** The command and its sources now, taken before a build reads them, so that an edit during the build makes the next command differ. */
export const before = (invocation: Invocation): Before => ({ command: commandOf(invocation), sources: sourceStates(invocation) });

const sameStates = (was: FileState[], now: (FileState | undefined)[]): boolean =>
  was.length === now.length && was.every((state, i) => now[i]?.file === state.file && now[i].size === state.size && now[i].mtimeMs === state.mtimeMs);

/** What the last build of this command reported, when every file it depends on is as it was; otherwise undefined. */
export function upToDate(invocation: Invocation): PlanReport[] | undefined {
  let last: LastBuild;
  try {
    last = JSON.parse(readOwnFileSync(path.join(invocation.outDir, LAST_BUILD_FILE)) ?? '') as LastBuild;
  } catch {
    return undefined; // no record (or an unreadable one): the full build decides
  }
  if (last.command !== commandOf(invocation) || !Array.isArray(last.states) || !Array.isArray(last.sources) || !Array.isArray(last.plans)) return undefined;
  const same = sameStates(last.sources, sourceStates(invocation)) && sameStates(last.states, statesOf(last.states.map((state) => state.file)));
  // An interrupted publish leaves its journal: the full build completes it first.
  return same && last.plans.every((plan) => stateOf(path.join(plan.outDir, JOURNAL_FILE)) === undefined) ? last.plans : undefined;
}

/** The tool's code, by file (a rebuilt or upgraded tool has new times). */
const codeFiles = (): string[] => filesUnder(path.resolve(import.meta.dirname, '..')).filter((file) => /\.c?js$/.test(file));

/**
 * Records a successful build of `invocation`, with its command and sources as they were before it
 * read them, and the state of the fonts, the code and the outputs now. A file added to the code later is
 * noticed through the file that imports it.
 */
export async function recordBuild(invocation: Invocation, { command, sources }: Before, plans: PlanReport[]): Promise<void> {
  const [{ writeFileAtomic }, { MANIFEST_FILE }, { fontFiles, INPUTS_FILE }] = await Promise.all([import('../io/atomic.js'), import('../io/manifest.js'), import('./inputs.js')]);
  const outputs = plans.flatMap((plan) => [...plan.files, MANIFEST_FILE, INPUTS_FILE].map((file) => path.join(plan.outDir, file)));
  const states = statesOf([...fontFiles(), ...codeFiles(), ...outputs]);
  if (states.some((state) => state === undefined)) return; // an output is missing: nothing to vouch for
  const last: LastBuild = { command, sources, states: present(states), plans };
  await writeFileAtomic(path.join(invocation.outDir, LAST_BUILD_FILE), `${JSON.stringify(last)}\n`);
}
