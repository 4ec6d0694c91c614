import path from 'node:path';

/** The profiles a watch builds, each as given on the command line and as the file it reads. */
export interface WatchedProfile {
  reference: string;
  file: string;
}

/** What a watch builds, as far as deciding what a changed file affects. */
export interface WatchTargets {
  root: string;
  profiles: readonly WatchedProfile[];
  /** --all-profiles: every profile under data/profiles, including ones added while watching. */
  allProfiles: boolean;
}

/** Changed source files, and the outputs they call for rebuilding. */
export interface Change {
  /** Changed files, relative to the project root. */
  files: string[];
  /** Everything the watch builds: a change in the agreement, a locale, a template, the glossary or the config. */
  everything: boolean;
  /** Profiles to rebuild (references as given, or ids under --all-profiles). */
  profiles: string[];
}

export type FileEvent = 'add' | 'change' | 'unlink';

/** Files every output is made from. */
const SHARED_SOURCES = [
  /^data\/agreements\/[^/]+\.yaml$/,
  /^data\/config\.yaml$/,
  /^data\/glossary\.tsv$/,
  /^templates\/(?:.+\/)?[^/]+\.hbs$/,
  // Strings and review flags; not the .source.json fingerprints, which only `check` reads.
  /^locales\/[^/]+\/[^/]+(?<!\.source)\.json$/,
];
const PROFILE_FILE = /^data\/profiles\/([^/]+)\.yaml$/;
const FINGERPRINTS = /^locales\/[^/]+\/[^/]+\.source\.json$/;

/**
 * What a file event calls for: undefined for a file that is no source (an editor's swap file, a
 * README), otherwise the change with the outputs to rebuild — possibly none, for a profile this
 * watch does not build or a removed profile (its last outputs stay).
 */
export function changeFor(file: string, event: FileEvent, targets: WatchTargets): Change | undefined {
  const relative = path.relative(targets.root, file).split(path.sep).join('/');
  const none: Change = { files: [relative], everything: false, profiles: [] };
  if (SHARED_SOURCES.some((pattern) => pattern.test(relative))) return { ...none, everything: true };
  const named = targets.profiles.filter((profile) => path.resolve(profile.file) === path.resolve(file)).map((profile) => profile.reference);
  const id = PROFILE_FILE.exec(relative)?.[1];
  const profiles = targets.allProfiles && id !== undefined ? [id] : named;
  if (profiles.length > 0) return { ...none, profiles: event === 'unlink' ? [] : profiles };
  return id !== undefined || FINGERPRINTS.test(relative) ? none : undefined;
}

/** Two changes as one: the files of both, and everything or the profiles either calls for. */
export function mergeChanges(a: Change, b: Change): Change {
  const everything = a.everything || b.everything;
  return {
    files: [...new Set([...a.files, ...b.files])],
    everything,
    profiles: everything ? [] : [...new Set([...a.profiles, ...b.profiles])],
  };
}
