/**
 * `briefing convert --to zh-Hant`: a language the language table converts from another (Traditional
 * Chinese from Simplified) is written by machine, string by string, and every string it writes is
 * flagged for review until a person confirms it. `locales/<lang>/<ns>.converted.json` records the
 * text each string was converted from, so that a second run converts only what changed since, keeps
 * what a person wrote, and `check` reports a string whose source changed after its conversion.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../check/catalog.js';
import { ContentError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { folderLanguage, type Conversion, type Language } from '../languages/index.js';
import { glossaryIn, type GlossaryTerm } from '../source/glossary.js';
import { parseJsonText } from '../source/json-text.js';
import type { Agreement } from '../source/schema.js';
import { readTextFile } from '../source/text-file.js';
import { usedKeys } from '../source/keys.js';
import { loadRecords, stateOf, writeChanges, type Change } from '../translation/records.js';
import { convertGlossaryColumn } from './glossary.js';
import type { Converter } from './opencc.js';

/** key → the text of the other language it was converted from. */
export type ConversionRecord = Record<string, string>;

export const conversionRecordFile = (lang: string, namespace: string): string => path.join('locales', lang, `${namespace}.converted.json`);

/** A language's record of conversions for an agreement's namespace; empty when it has none. */
export async function loadConversionRecord(root: string, lang: string, namespace: string): Promise<ConversionRecord> {
  const file = conversionRecordFile(lang, namespace);
  if (!existsSync(path.join(root, file))) return {};
  const record = parseJsonText(await readTextFile(path.join(root, file), file), file);
  if (typeof record !== 'object' || record === null || Array.isArray(record) || Object.values(record).some((v) => typeof v !== 'string')) {
    throw new ContentError(file, undefined, 'expected an object of "key": "converted-from text" pairs; run npx briefing convert again to rewrite it');
  }
  return record as ConversionRecord;
}

/** The language a conversion writes, with how; bad usage when the table converts it from nothing. */
export function convertedLanguage(id: string): Language & { conversion: Conversion } {
  const language = folderLanguage(id);
  if (!language.conversion) throw new UsageError(`--to ${id}: the language table converts ${id} from no other language (its entry has no conversion): translate it instead`);
  return language as Language & { conversion: Conversion };
}

/** The glossary's renderings in `lang` of what is not a plain term (institutions, companies, laws, people, titles): names, whose words a conversion keeps. */
export const conversionNames = (glossary: readonly GlossaryTerm[], lang: string): string[] =>
  glossaryIn(glossary.filter((term) => term.kind !== 'term'), lang).map(({ rendering }) => rendering);

/** The review reason of a converted string: how it was made, from what, and why its source is flagged too, if it is. */
export const conversionReason = ({ conversion }: { conversion: Conversion }, original: string, sourceFlag?: string): string =>
  `machine-converted from ${conversion.from} by OpenCC (${conversion.opencc.from} → ${conversion.opencc.to}) from “${original}”: confirm or correct it, then remove this line` +
  (sourceFlag === undefined ? '' : `; the ${conversion.from} text is flagged too: ${sourceFlag}`);

export interface ConversionResult {
  /** Keys converted now (new, or their source changed since their last conversion). */
  converted: string[];
  /** Strings converted before from the same source, left as they are. */
  unchanged: number;
  /** Strings with no record of a conversion (written by a person), never overwritten. */
  kept: number;
  /** Glossary cells filled. */
  terms: number;
  /** Files written, relative to the project. */
  written: string[];
}

/**
 * Converts an agreement's strings into `lang` from the language its table entry
 * names: each string that is new or whose source changed since it was converted is converted and
 * flagged for review; it records the English the source was confirmed against (so it is stale when the
 * English changed, like its source), and the glossary gets the converted rendering where its column is empty.
 */
export async function convertStrings(root: string, agreement: Agreement, lang: string, convert: Converter): Promise<ConversionResult> {
  const language = convertedLanguage(lang);
  const catalog = await loadCatalog(root, agreement);
  if (!catalog.languages.includes(lang)) {
    throw new UsageError(`--to ${lang}: there is no locales/${lang}/ folder: write its locales/${lang}/common.json (the UI strings, reviewed by a person) first`);
  }
  const source = await loadRecords(root, catalog, language.conversion.from);
  const target = await loadRecords(root, catalog, lang);
  const record = await loadConversionRecord(root, lang, agreement.namespace);
  const changes: Change[] = [];
  let unchanged = 0;
  let kept = 0;
  // The agreement's strings; the UI strings (common.json) are a person's, reviewed like any language's.
  for (const key of new Set(usedKeys(agreement).map((used) => used.key))) {
    const original = source.target.get(key);
    if (original === undefined) continue;
    const current = target.target.get(key);
    if (current !== undefined && record[key] === original) unchanged++;
    else if (current !== undefined && record[key] === undefined) kept++;
    else {
      // The English the source was confirmed against is the English of its conversion too.
      const state = stateOf(source, key);
      changes.push({ key, text: convert(original), confirm: state === 'final' || state === 'reviewed', flag: conversionReason(language, original, source.flags.get(key)) });
      record[key] = original;
    }
  }
  const written = changes.length > 0 ? await writeChanges(root, target, changes) : [];
  if (changes.length > 0) {
    const file = conversionRecordFile(lang, agreement.namespace);
    await writeFileAtomic(path.join(root, file), `${JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`);
    written.push(file);
  }
  const terms = await convertGlossaryColumn(root, language, convert);
  if (terms > 0) written.push('data/glossary.tsv');
  return { converted: changes.map((c) => c.key), unchanged, kept, terms, written };
}
