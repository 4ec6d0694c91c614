import { stripInlineMarkup } from '../compose/inline-markup.js';
import { takesRule } from '../languages/index.js';
import { renderedTermsIn } from '../source/glossary.js';
import { usedKeys } from './catalog.js';
import type { Finding } from './findings.js';
import type { CheckResult } from './index.js';
import { reportGroups } from './report.js';

/** A glossary term a string's source uses, and whether its translation uses the required rendering. */
export interface RequiredTerm {
  english: string;
  rendering: string;
  used: boolean;
}

/** One string as a reviewer reads it: both texts, what it must use, what is known to be wrong or uncertain. */
export interface ReviewRow {
  key: string;
  /** The report group: `title`, a section id, `participants`, `interface`. */
  group: string;
  source: string | undefined;
  translation: string | undefined;
  terms: RequiredTerm[];
  /** Reasons from the review file. */
  flags: string[];
  /** Findings of the check on this key in this language or its source (review flags aside). */
  findings: Finding[];
  flagged: boolean;
  stale: boolean;
  untranslated: boolean;
}

export interface ReviewTable {
  agreement: string;
  sourceLanguage: string;
  language: string;
  /** Groups in document order, each with its rows. */
  groups: { id: string; rows: ReviewRow[] }[];
}

/** Every string of the agreement and the interface in one translation language, in document order. */
export function reviewTable(result: CheckResult, language: string): ReviewTable {
  const { catalog, glossary } = result;
  const sourceLanguage = catalog.languages[0]!;
  const source = catalog.strings[sourceLanguage]!;
  const strings = catalog.strings[language]!;
  const keys = [...new Set([...usedKeys(catalog.agreement).map((u) => u.key), ...source.keys(), ...strings.keys()])];
  const findings = [...result.errors, ...result.warnings].filter((f) => f.rule !== 'review');
  const { order, groupOf } = reportGroups(catalog);
  const rows = keys.map((key): ReviewRow => {
    const original = source.get(key);
    const translation = strings.get(key);
    const plain = stripInlineMarkup(translation ?? '');
    const own = findings.filter((f) => f.key === key && f.language.split('+').some((l) => l === language || l === sourceLanguage));
    const flags = result.flags.filter((f) => f.language === language && f.key === key).map((f) => f.reason);
    return {
      key,
      group: groupOf(key),
      source: original,
      translation,
      // The glossary's renderings in the language, where the terminology rule holds it to them.
      terms:
        original === undefined || !takesRule(language, 'terminology')
          ? []
          : renderedTermsIn(stripInlineMarkup(original), glossary, language).map(({ term, rendering }) => ({ english: term.english, rendering, used: plain.includes(rendering) })),
      flags,
      findings: own,
      flagged: flags.length > 0,
      stale: own.some((f) => f.rule === 'stale'),
      untranslated: (translation ?? '').trim() === '' || own.some((f) => f.rule === 'untranslated'),
    };
  });
  return {
    agreement: catalog.agreement.id,
    sourceLanguage,
    language,
    groups: order.map((id) => ({ id, rows: rows.filter((row) => row.group === id) })).filter((g) => g.rows.length > 0),
  };
}
