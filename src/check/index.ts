import { loadConversionRecord } from '../convert/index.js';
import { languageFor } from '../languages/index.js';
import { loadAgreement } from '../source/project.js';
import { loadGlossary, type GlossaryTerm } from '../source/glossary.js';
import { loadReviewFlags } from '../source/review.js';
import path from 'node:path';
import { loadCatalog, type Catalog } from './catalog.js';
import { loadFingerprints } from './fingerprints.js';
import { warning, type Finding } from './findings.js';
import { convertedRule } from './rules/converted.js';
import { markupRule } from './rules/markup.js';
import { numbersRule } from './rules/numbers.js';
import { outputsRule } from './rules/outputs.js';
import { placeholdersRule } from './rules/placeholders.js';
import { punctuationRule } from './rules/punctuation.js';
import { staleRule } from './rules/stale.js';
import { structureRule } from './rules/structure.js';
import { styleRule } from './rules/style.js';
import { terminologyRule } from './rules/terminology.js';
import { untranslatedRule } from './rules/untranslated.js';

export interface CheckOptions {
  root: string;
  agreementId?: string;
  /** A build folder whose outputs are checked too. */
  outputsDir?: string;
  /** Check these languages only (and those they are compared with); by default every language of locales/. */
  languages?: readonly string[];
}

/** A review flag of one language: why its translation of `key` needs a human's confirmation. */
export interface LanguageFlag {
  language: string;
  key: string;
  reason: string;
}

export interface CheckResult {
  catalog: Catalog;
  glossary: GlossaryTerm[];
  flags: LanguageFlag[];
  errors: Finding[];
  warnings: Finding[];
}

/**
 * The rules about the strings themselves (not about the records of their sources or the outputs):
 * also run on incoming translations before they are written (`xliff import`).
 */
export function contentFindings(catalog: Catalog, glossary: readonly GlossaryTerm[], flagged: (lang: string, key: string) => boolean): Finding[] {
  return [
    ...structureRule(catalog),
    ...markupRule(catalog),
    ...numbersRule(catalog),
    ...terminologyRule(catalog, glossary),
    ...untranslatedRule(catalog, flagged),
    ...punctuationRule(catalog),
    ...styleRule(catalog, glossary),
    ...placeholdersRule(catalog),
  ];
}

/** Runs every rule over the agreement's locales (and outputs, when given). */
export async function runCheck({ root, agreementId, outputsDir, languages }: CheckOptions): Promise<CheckResult> {
  const agreement = await loadAgreement(root, agreementId);
  const catalog = await loadCatalog(root, agreement, languages);
  const glossary = await loadGlossary(root);
  const fingerprints = await loadFingerprints(root, catalog);
  const converted = catalog.languages.filter((lang) => languageFor(lang).conversion !== undefined);
  const conversions = Object.fromEntries(await Promise.all(converted.map(async (lang) => [lang, await loadConversionRecord(root, lang, agreement.namespace)] as const)));
  const flags = (await Promise.all(catalog.languages.map((lang) => loadReviewFlags(root, lang, agreement.namespace, (key) => catalog.strings[lang]!.has(key)))))
    .flat()
    .map(({ file, key, reason }) => ({ language: file.split(path.sep)[1]!, key, reason }));
  const flaggedKeys = new Set(flags.map((f) => `${f.language}\0${f.key}`));
  const flagged = (lang: string, key: string): boolean => flaggedKeys.has(`${lang}\0${key}`);

  const findings: Finding[] = [
    ...contentFindings(catalog, glossary, flagged),
    ...staleRule(catalog, fingerprints),
    ...convertedRule(catalog, conversions),
    ...flags.map((f) => warning('review', f.key, f.language, `marked for review: ${f.reason}`)),
    ...(outputsDir ? await outputsRule(catalog, outputsDir, root) : []),
  ];
  return { catalog, glossary, flags, errors: findings.filter((f) => f.severity === 'error'), warnings: findings.filter((f) => f.severity === 'warning') };
}
