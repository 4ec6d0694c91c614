import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { COMMON_NS } from '../source/locales.js';
import { splitKey, type Catalog } from './catalog.js';

/**
 * locales/<lang>/<ns>.source.json records, for each translated string, the source text it was
 * translated from (`{ "blocks.opening-p1": "The rise of …" }`), so that `check` can show what changed.
 * Files written by earlier versions hold a fingerprint of that text instead; both are read.
 */
export type Fingerprints = Record<string, Record<string, string>>;

export const fingerprint = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

const LEGACY_FINGERPRINT = /^[0-9a-f]{16}$/;

/** Whether a recorded source is the current one. */
export const recordMatches = (recorded: string, source: string): boolean => recorded === source || recorded === fingerprint(source);

/** The source text a record holds; undefined for a fingerprint, which keeps no text. */
export const recordedText = (recorded: string): string | undefined => (LEGACY_FINGERPRINT.test(recorded) ? undefined : recorded);

const sidecar = (lang: string, ns: string): string => path.join('locales', lang, `${ns}.source.json`);

export async function loadFingerprints(root: string, catalog: Catalog): Promise<Fingerprints> {
  const result: Fingerprints = {};
  for (const lang of catalog.languages.slice(1)) {
    const map: Record<string, string> = {};
    for (const ns of [catalog.agreement.namespace, COMMON_NS]) {
      const file = sidecar(lang, ns);
      let text: string;
      try {
        text = await readFile(path.join(root, file), 'utf8');
      } catch {
        continue; // no record yet: every string is reported as unverified
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new ContentError(file, undefined, `invalid JSON: ${(error as Error).message}`, 2);
      }
      for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
        if (typeof value === 'string') map[ns === COMMON_NS ? `${COMMON_NS}:${key}` : key] = value;
      }
    }
    result[lang] = map;
  }
  return result;
}

/**
 * Records the current source text for `keys` (or every translated key) in every translation
 * language, and returns the keys recorded.
 */
export async function acceptFingerprints(root: string, catalog: Catalog, keys: 'all' | string[]): Promise<string[]> {
  const [sourceLang, ...targets] = catalog.languages;
  const source = catalog.strings[sourceLang!]!;
  const current = await loadFingerprints(root, catalog);
  const accepted = new Set<string>();
  for (const lang of targets) {
    const strings = catalog.strings[lang]!;
    const chosen = keys === 'all' ? [...strings.keys()].filter((k) => source.has(k)) : keys;
    for (const key of chosen) {
      const original = source.get(key);
      if (original === undefined || !strings.has(key)) continue;
      current[lang]![key] = original;
      accepted.add(key);
    }
    await writeFingerprints(root, catalog, lang, current[lang]!);
  }
  return [...accepted];
}

/** Writes one language's records (`common:` keys to common.source.json), each file atomically. */
export async function writeFingerprints(root: string, catalog: Catalog, lang: string, records: Record<string, string>): Promise<void> {
  for (const ns of [catalog.agreement.namespace, COMMON_NS]) {
    const entries = Object.entries(records)
      .filter(([key]) => splitKey(key, catalog.agreement.namespace).ns === ns)
      .map(([key, value]) => [splitKey(key, catalog.agreement.namespace).bare, value] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    await writeFileAtomic(path.join(root, sidecar(lang, ns)), `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
  }
}
