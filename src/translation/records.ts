/**
 * What the project knows about the translation of one agreement into one language: the strings,
 * the English each was made from (or, in older records, its fingerprint), the review flags; the state of each string
 * derived from them; and the one place that writes changes back.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { splitKey, type Catalog, type Strings } from '../check/catalog.js';
import { loadFingerprints, recordMatches, writeFingerprints } from '../check/fingerprints.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { parseJsonText } from '../source/json-text.js';
import { expectedUsedKeys, isMachineSetting, SOURCE_LANGUAGE } from '../source/keys.js';
import { loadLocaleFile, type LocaleTree } from '../source/locales.js';
import { loadReviewFlags } from '../source/review.js';
import { readTextFile } from '../source/text-file.js';

/** XLIFF 2.0's states, as our records give them (see README "Working with translators"). */
export type UnitState = 'initial' | 'translated' | 'reviewed' | 'final';

export interface Records {
  catalog: Catalog;
  lang: string;
  source: Strings;
  target: Strings;
  fingerprints: Record<string, string>;
  /** key → reason, for the strings flagged for review. */
  flags: Map<string, string>;
}

/** A key the exchange formats carry, with the group (section, title, participants, interface) it belongs to. */
export interface ExchangedKey {
  key: string;
  group: string;
}

export async function loadRecords(root: string, catalog: Catalog, lang: string): Promise<Records> {
  const { agreement } = catalog;
  if (lang === SOURCE_LANGUAGE || !catalog.languages.includes(lang)) {
    const known = catalog.languages.slice(1);
    throw new UsageError(`--lang ${lang}: not a translation language of this project (${known.join(', ') || 'none: add a locales/<lang>/ folder'})`);
  }
  const fingerprints = (await loadFingerprints(root, catalog))[lang] ?? {};
  const flags = await loadReviewFlags(root, lang, agreement.namespace, (key) => catalog.strings[lang]!.has(key));
  return {
    catalog,
    lang,
    source: catalog.strings[SOURCE_LANGUAGE]!,
    target: catalog.strings[lang]!,
    fingerprints,
    flags: new Map(flags.map((f) => [f.key, f.reason])),
  };
}

/** Untranslated; stale (the English changed since, or no record of it); flagged for review; current. */
export function stateOf(records: Records, key: string): UnitState {
  const target = records.target.get(key);
  if (target === undefined || target.trim() === '') return 'initial';
  const recorded = records.fingerprints[key];
  if (recorded === undefined || !recordMatches(recorded, records.source.get(key) ?? '')) return 'translated';
  if (records.flags.has(key)) return 'reviewed';
  return 'final';
}

/** The agreement's keys in document order, then the UI strings; machine settings are not text to translate. */
export function exchangedKeys(catalog: Catalog): ExchangedKey[] {
  const english = catalog.strings[SOURCE_LANGUAGE]!;
  const common = [...english.keys()].filter((key) => key.startsWith('common:') && !isMachineSetting(key));
  return [...expectedUsedKeys(catalog.agreement, (key) => english.has(key)).map(({ key, section }) => ({ key, group: section })), ...common.map((key) => ({ key, group: 'interface' }))];
}

/**
 * One change to a string: its new text; `confirm` records the current English as its source (like
 * `check --accept`), otherwise the record is dropped, since nobody has confirmed the new text yet;
 * `flag` sets its review reason (null removes it).
 */
export interface Change {
  key: string;
  text: string;
  confirm: boolean;
  flag?: string | null;
}

/**
 * Writes the changes: the locale files (existing keys keep their place), the source records and
 * the review flags, each file replaced atomically. Returns the files written.
 */
export async function writeChanges(root: string, records: Records, changes: readonly Change[]): Promise<string[]> {
  const { catalog, lang } = records;
  const ns = catalog.agreement.namespace;
  const written: string[] = [];
  for (const file of new Set(changes.map((c) => catalog.fileOf(lang, c.key)))) {
    const tree: LocaleTree = existsSync(path.join(root, file)) ? await loadLocaleFile(root, file) : {};
    for (const { key, text } of changes) if (catalog.fileOf(lang, key) === file) setValue(tree, splitKey(key, ns).bare, text);
    await writeFileAtomic(path.join(root, file), `${JSON.stringify(tree, null, 2)}\n`);
    written.push(file);
  }
  const fingerprints = { ...records.fingerprints };
  for (const { key, confirm } of changes) {
    if (confirm) fingerprints[key] = records.source.get(key)!;
    else delete fingerprints[key];
  }
  if (JSON.stringify(fingerprints) !== JSON.stringify(records.fingerprints)) {
    await writeFingerprints(root, catalog, lang, fingerprints);
    written.push(path.join('locales', lang, `${ns}.source.json`));
  }
  const flagged = changes.filter((c) => c.flag !== undefined && c.flag !== (records.flags.get(c.key) ?? null));
  if (flagged.length > 0) {
    const file = path.join('locales', lang, `${ns}.review.json`);
    const flags = existsSync(path.join(root, file)) ? (parseJsonText(await readTextFile(path.join(root, file), file), file) as Record<string, string>) : {};
    for (const { key, flag } of flagged) {
      if (flag === null) delete flags[key];
      else flags[key] = flag!;
    }
    await writeFileAtomic(path.join(root, file), `${JSON.stringify(flags, null, 2)}\n`);
    written.push(file);
  }
  return written;
}

function setValue(tree: LocaleTree, dotted: string, value: string): void {
  const parts = dotted.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const child = node[part];
    node = (typeof child === 'object' ? child : (node[part] = {})) as LocaleTree;
  }
  node[parts.at(-1)!] = value;
}
