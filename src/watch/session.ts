import path from 'node:path';
import { watch } from 'chokidar';
import { build, type BuildRequest, type BuildResult } from '../build/index.js';
import { errorLine, fail, plural, reportError, success, warn, type Io } from '../terminal.js';
import { listProfileIds, profileLocation } from '../select/profile.js';
import { SOURCE_FOLDERS } from '../source/folders.js';
import { changeFor, type Change, type WatchedProfile } from './changes.js';
import { rebuildQueue } from './queue.js';
import { startSecondThread } from '../build/threads.js';

/** What to build and keep building: the request of `briefing build`, and how to watch. */
export interface WatchRequest extends Omit<BuildRequest, 'stagingDir'> {
  /** Profiles by id or file path, as `--profile` takes them. */
  profiles: string[];
  /** --all-profiles: also profiles added to data/profiles while watching. */
  allProfiles: boolean;
  /** Quiet time after the last change before building, in ms (QUIET_MS by default). */
  debounceMs?: number;
  /** Print stack traces of errors. */
  debug?: boolean;
  /** Told after every build: what it wrote, or the one-line error that kept the last good outputs. */
  onBuild?: (outcome: { result: BuildResult } | { error: string }) => void | Promise<void>;
}

export interface WatchSession {
  /** Resolves once no build is waiting or running. */
  idle(): Promise<void>;
  /** Stops watching, after the running build if there is one. */
  close(): Promise<void>;
}

/**
 * The default quiet time after a change. An editor's save is one to three file events a few
 * milliseconds apart (a write, or a write to a temporary file and a rename); 50 ms covers them with
 * room to spare, and a change that comes later, during the build, is merged into the next one
 * (queue.ts). It was 150 ms: a quarter of the time from a save to the rewritten outputs.
 */
export const QUIET_MS = 50;

/** Fields of a watch request that are about watching, not building. */
const WATCH_ONLY: readonly string[] = ['profiles', 'allProfiles', 'debounceMs', 'debug', 'onBuild'];

/**
 * Builds the request once, then watches the project's sources and rebuilds the outputs each change
 * affects. A failed build prints its one-line error and leaves the last good outputs in place
 * (build() renders everything before it writes anything).
 */
export async function startWatch(request: WatchRequest, io: Io): Promise<WatchSession> {
  const root = path.resolve(request.root);
  const outDir = path.resolve(request.outDir);
  const profiles: WatchedProfile[] = request.profiles.map((reference) => ({ reference, file: profileLocation(root, reference).file }));
  const targets = { root, profiles, allProfiles: request.allProfiles };
  let reviewFlagsShown = false;
  // The options of the build itself (layout, formats …), without those of watching, which are no input of any output.
  const buildOptions = Object.fromEntries(Object.entries(request).filter(([name]) => !WATCH_ONLY.includes(name))) as Omit<BuildRequest, 'editions' | 'profiles'>;

  /** The build a change calls for, or undefined when no output of this watch depends on the changed files. */
  const buildFor = async (change: Change): Promise<BuildRequest | undefined> => {
    // --force rebuilds everything once, at the start; then outputs whose inputs are unchanged are skipped.
    const base = { ...buildOptions, root, outDir, force: request.force === true && change.files.length === 0 };
    if (change.everything) {
      const all = request.allProfiles ? [...new Set([...(await listProfileIds(root)), ...request.profiles])] : request.profiles;
      return { ...base, editions: request.editions, profiles: all };
    }
    return change.profiles.length > 0 ? { ...base, editions: [], profiles: change.profiles } : undefined;
  };

  // Rebuilds render on both cores: this thread and a worker kept warm for the whole session.
  const secondThread = startSecondThread();
  const run = async (change: Change): Promise<void> => {
    const initial = change.files.length === 0;
    if (!initial) io.out(`changed ${change.files.join(', ')}`);
    const started = performance.now();
    try {
      const buildRequest = await buildFor(change);
      if (!buildRequest) return io.out('nothing to rebuild: no output of this watch depends on it');
      const result = await build(buildRequest, secondThread);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const unchanged = result.unchanged.length > 0 ? ` (${result.unchanged.length} unchanged)` : '';
      if (result.outputs.length === 0) io.out(`no output affected: ${plural(result.unchanged.length, 'output')} unchanged`);
      else success(io, `${initial ? 'built' : 'rebuilt'} ${result.outputs.map((o) => o.file).join(', ')}${unchanged} in ${seconds} s`);
      if (result.reviewFlags.length > 0 && !reviewFlagsShown) {
        warn(io, `${plural(result.reviewFlags.length, 'translation')} marked for review — npx briefing check --review lists them`);
        reviewFlagsShown = true;
      }
      await request.onBuild?.({ result });
    } catch (error) {
      reportError(error, io, request.debug ?? false);
      await request.onBuild?.({ error: errorLine(error, request.debug) });
      io.err(`kept the last good outputs in ${path.relative(process.cwd(), outDir) || '.'}; waiting for the next change`);
    }
  };

  const queue = rebuildQueue(run, request.debounceMs ?? QUIET_MS);
  const profileFiles = new Set(profiles.map((p) => path.resolve(p.file)));
  // The project folder itself is watched, not data/ and the others: a folder renamed away and back
  // is then seen again when it reappears (a watch on the folder itself would end with it).
  const watcher = watch([root, ...profileFiles], {
    ignoreInitial: true,
    ignored: (file) => {
      const full = path.resolve(file);
      // Outputs written into a watched folder must not trigger builds of their own; nor do files beside the sources.
      return isInside(full, outDir) || (full !== root && !profileFiles.has(full) && isInside(full, root) && !SOURCE_FOLDERS.some((folder) => isInside(full, path.join(root, folder))));
    },
  });
  for (const event of ['add', 'change', 'unlink'] as const) {
    watcher.on(event, (file) => {
      const change = changeFor(path.resolve(file), event, targets);
      if (change) queue.add(change);
    });
  }
  watcher.on('error', (error) => fail(io, `watching the sources failed: ${(error as Error).message}`));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  io.out(`watching ${SOURCE_FOLDERS.map((folder) => `${folder}/`).join(', ')} in ${root}; press Ctrl-C to stop`);
  queue.add({ files: [], everything: true, profiles: [] });
  return {
    idle: () => queue.idle(),
    async close() {
      await queue.close();
      await watcher.close();
      await secondThread.close();
    },
  };
}

/** The file a profile reference names, resolved as loadProfile resolves it: a path, or an id under data/profiles. */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
