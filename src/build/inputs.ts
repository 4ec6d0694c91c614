/**
 * What each output was made from, for incremental builds: a hash over the agreement, the profile,
 * the locale strings its text used, the templates, glossary, fonts, options and the tool itself,
 * recorded in <out>/.briefing-inputs.json. A build whose hash for an output equals the recorded one,
 * with the file still there, skips that output. The record is bookkeeping that io/publish.ts
 * publishes in the same step as the outputs it describes, so the two never disagree.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { i18n } from 'i18next';
import { readOwnFile } from '../io/own-file.js';
import { allFontFamilies } from '../languages/index.js';
import type { Bookkeeping } from '../io/publish.js';

export const INPUTS_FILE = '.briefing-inputs.json';

/** The locale keys a document's text used, by language (`blocks.x`, `common:page`). */
export type UsedStrings = Map<string, Set<string>>;

/** One output's record: the hash of its inputs, the strings it used, and its size when written. */
export interface OutputInputs {
  hash: string;
  strings: Record<string, string[]>;
  bytes: number;
}

/** output file name → what it was made from */
export type InputRecord = Record<string, OutputInputs>;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The version and the code of this tool: a new version, or changed code, rebuilds everything. */
let toolStamp: Promise<string> | undefined;
export function toolFingerprint(): Promise<string> {
  toolStamp ??= (async () => {
    const codeDir = path.resolve(import.meta.dirname, '..');
    const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
    const files = (await readdir(codeDir, { recursive: true })).filter((f) => /\.[jt]s$/.test(f)).sort();
    const hash = createHash('sha256').update(version);
    for (const file of files) hash.update(`\0${file}\0`).update(await readFile(path.join(codeDir, file)));
    return hash.digest('hex');
  })();
  return toolStamp;
}

/** The font files outputs are set in, by size and modification time (hashing 50 MB of fonts per build would cost more than it saves). */
export async function fontsStamp(): Promise<string> {
  const files = [...new Set(allFontFamilies().flatMap((family) => Object.values(family.faces)))].sort();
  const stats = await Promise.all(files.map(async (file) => `${file}:${(await stat(file)).size}:${(await stat(file)).mtimeMs}`));
  return sha256(stats.join('\n'));
}

/** The inputs every output of a build shares, hashed once. */
export async function sharedInputs(parts: object): Promise<string> {
  return sha256(JSON.stringify({ tool: await toolFingerprint(), fonts: await fontsStamp(), ...parts }));
}

/** The raw value of a used key in a language (undefined when missing, which is an input too). */
function stringValue(i18n: i18n, lang: string, key: string): unknown {
  const defaultNS = String(i18n.options.defaultNS);
  const [ns, bare] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [defaultNS, key];
  return i18n.getResource(lang, ns, bare) as unknown;
}

/** The hash of one output's inputs: the shared ones, its own (job, format), and the current values of the strings it used. */
export function outputHash(shared: string, own: object, strings: Record<string, readonly string[]>, i18n: i18n): string {
  const values = Object.entries(strings).map(([lang, keys]) => [lang, keys.map((key) => [key, stringValue(i18n, lang, key) ?? null])]);
  return sha256(JSON.stringify({ shared, own, values }));
}

export const usedStringsRecord = (used: UsedStrings): Record<string, string[]> =>
  Object.fromEntries([...used].map(([lang, keys]) => [lang, [...keys].sort()]));

function parseRecord(text: string | undefined): InputRecord {
  try {
    const parsed = JSON.parse(text ?? '') as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as InputRecord) : {};
  } catch {
    return {}; // none yet, or unreadable: everything is built and the record written anew
  }
}

export async function readInputRecord(outDir: string): Promise<InputRecord> {
  return parseRecord(await readOwnFile(path.join(outDir, INPUTS_FILE)).catch(() => undefined));
}

/** Whether an output's file is there as it was written. */
export async function stillThere(outDir: string, file: string, record: OutputInputs): Promise<boolean> {
  try {
    return (await stat(path.join(outDir, file))).size === record.bytes;
  } catch {
    return false;
  }
}

/** The record after a build: the earlier records with those of the outputs just built, published with them. */
export function inputRecordUpdate(records: InputRecord): Bookkeeping {
  return {
    file: INPUTS_FILE,
    update: (current) => {
      const merged = { ...parseRecord(current), ...records };
      return `${JSON.stringify(Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b))))}\n`;
    },
  };
}
