/**
 * `briefing pretranslate`: untranslated strings of an agreement filled from the translation
 * memory. Similarity is the Levenshtein ratio on characters, 1 − distance / length of the longer
 * string, after whitespace and quote style are normalized; 100 % is an identical normalized text.
 */
import { distance } from 'fastest-levenshtein';
import { loadCatalog } from '../check/catalog.js';
import { stripInlineMarkup } from '../compose/inline-markup.js';
import { loadGlossary, renderedTermsIn, type TermRendering } from '../source/glossary.js';
import { loadAgreement } from '../source/project.js';
import { onlyTranslationLanguage } from './languages.js';
import { confirmedPairs, storedPairs, type MemoryPair } from './memory.js';
import { matchForm } from './normalize.js';
import { exchangedKeys, loadRecords, stateOf, writeChanges, type Change } from './records.js';

export const BANDS = ['100', '95-99', '85-94', '75-84', 'none'] as const;
export type Band = (typeof BANDS)[number];
export const FUZZY_THRESHOLD = 75;

export interface Match {
  pair: MemoryPair;
  /** Whole percent, rounded down: 99.6 % is not an exact match. */
  score: number;
}

export const bandOf = (score: number | undefined): Band =>
  score === undefined || score < FUZZY_THRESHOLD ? 'none' : score === 100 ? '100' : score >= 95 ? '95-99' : score >= 85 ? '85-94' : '75-84';

/** Finds the best match of an English string in a memory: exact forms by lookup, the rest by ratio. */
export class Matcher {
  private readonly exact = new Map<string, MemoryPair>();
  private readonly forms: { form: string; pair: MemoryPair }[] = [];

  constructor(pairs: readonly MemoryPair[]) {
    for (const pair of pairs) {
      const form = matchForm(pair.source);
      if (this.exact.has(form)) continue; // the first of equal sources wins: the project's own before outside memories
      this.exact.set(form, pair);
      this.forms.push({ form, pair });
    }
  }

  best(source: string): Match | undefined {
    const form = matchForm(source);
    const exact = this.exact.get(form);
    if (exact) return { pair: exact, score: 100 };
    let best: Match | undefined;
    for (const candidate of this.forms) {
      const longer = Math.max(form.length, candidate.form.length);
      // The distance is at least the difference in length: skip what cannot beat the best so far.
      const ceiling = Math.min(form.length, candidate.form.length) / longer;
      if (ceiling * 100 < Math.max(FUZZY_THRESHOLD, best?.score ?? 0) || longer === 0) continue;
      const score = Math.min(99, Math.floor((1 - distance(form, candidate.form) / longer) * 100));
      if (score >= FUZZY_THRESHOLD && score > (best?.score ?? -1)) best = { pair: candidate.pair, score };
    }
    return best;
  }
}

export interface PretranslateReport {
  agreementId: string;
  lang: string;
  bands: Record<Band, number>;
  filled: { key: string; score: number; origin: string }[];
  /** Strings without a match that use glossary terms: the translator's starting point. */
  termsWithoutMatch: { key: string; terms: TermRendering[] }[];
  memorySize: number;
  written: string[];
}

export async function pretranslate(root: string, agreementId: string | undefined, lang?: string): Promise<PretranslateReport> {
  const catalog = await loadCatalog(root, await loadAgreement(root, agreementId));
  const records = await loadRecords(root, catalog, lang ?? onlyTranslationLanguage(catalog));
  const memory = [...(await confirmedPairs(root, records.lang, catalog.agreement.id)), ...(await storedPairs(root, catalog, records.lang))];
  const matcher = new Matcher(memory);
  const glossary = await loadGlossary(root);
  const bands = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
  const changes: Change[] = [];
  const report: PretranslateReport = { agreementId: catalog.agreement.id, lang: records.lang, bands, filled: [], termsWithoutMatch: [], memorySize: memory.length, written: [] };
  for (const { key } of exchangedKeys(catalog)) {
    if (stateOf(records, key) !== 'initial') continue; // never overwrite a translation
    const english = records.source.get(key)!;
    const match = matcher.best(english);
    bands[bandOf(match?.score)]++;
    if (!match) {
      const terms = renderedTermsIn(stripInlineMarkup(english), glossary, records.lang);
      if (terms.length > 0) report.termsWithoutMatch.push({ key, terms });
      continue;
    }
    report.filled.push({ key, score: match.score, origin: match.pair.origin });
    const flag =
      match.score < 100
        ? `pre-translated from a ${match.score} % memory match (Levenshtein ratio) of “${match.pair.source}” (${match.pair.origin}): adapt it to this English, then run briefing check --accept ${key}`
        : undefined;
    changes.push({ key, text: match.pair.target, confirm: false, flag });
  }
  if (changes.length > 0) report.written = await writeChanges(root, records, changes);
  return report;
}
