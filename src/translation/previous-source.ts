/**
 * The English a stale translation was made from. The records keep that text; records written by
 * earlier versions keep only its fingerprint, and then the text is looked up in the history of the
 * English locale file (the project is a git repository); outside one, or when the version was never
 * committed, it is simply not found.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { splitKey } from '../check/catalog.js';
import { recordedText, recordMatches } from '../check/fingerprints.js';
import { flattenLocale, type LocaleTree } from '../source/locales.js';

const run = promisify(execFile);
/** Enough history for any translation round; older versions are rarely what a translator needs. */
const MAX_VERSIONS = 200;

/**
 * For each key, the earlier English that is recorded, or whose fingerprint is. `file(key)` is the
 * English locale file of a key (relative to root); `ns` the agreement namespace.
 */
export async function previousSources(root: string, wanted: ReadonlyMap<string, string>, file: (key: string) => string, ns: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const [key, recorded] of wanted) {
    const text = recordedText(recorded);
    if (text !== undefined) found.set(key, text);
  }
  const searched = [...wanted.keys()].filter((key) => !found.has(key));
  for (const localeFile of new Set(searched.map(file))) {
    const keys = searched.filter((key) => file(key) === localeFile);
    for (const commit of await commitsOf(root, localeFile)) {
      const tree = await versionAt(root, commit, localeFile);
      if (!tree) continue;
      const texts = new Map(flattenLocale(tree).map(({ key, text }) => [key, text]));
      for (const key of keys) {
        const text = texts.get(splitKey(key, ns).bare);
        if (!found.has(key) && text !== undefined && recordMatches(wanted.get(key)!, text)) found.set(key, text);
      }
      if (keys.every((key) => found.has(key))) break;
    }
  }
  return found;
}

async function commitsOf(root: string, file: string): Promise<string[]> {
  try {
    const { stdout } = await run('git', ['-C', root, 'log', `-n${MAX_VERSIONS}`, '--format=%H', '--', file]);
    return stdout.split('\n').filter(Boolean);
  } catch {
    return []; // not a repository, or no git
  }
}

async function versionAt(root: string, commit: string, file: string): Promise<LocaleTree | undefined> {
  try {
    const { stdout } = await run('git', ['-C', root, 'show', `${commit}:./${file.split('\\').join('/')}`], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as LocaleTree;
  } catch {
    return undefined;
  }
}
