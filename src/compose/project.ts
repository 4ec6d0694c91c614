import path from 'node:path';
import type { i18n } from 'i18next';
import { assertGlyphCoverage } from '../fonts/coverage.js';
import { editionFonts } from '../fonts/index.js';
import { loadAgreement } from '../source/project.js';
import { COMMON_NS, flattenLocale, loadLocales, localeValue, type LocaleResources } from '../source/locales.js';
import { loadReviewFlags, type ReviewFlag } from '../source/review.js';
import type { Agreement } from '../source/schema.js';
import { parseDocumentMarkup } from '../tree/parse.js';
import type { EditionSpec } from '../select/editions.js';
import type { DocumentTree, Layout } from '../tree/types.js';
import { createI18n } from './i18n.js';
import { loadTemplates, type Templates } from './templates.js';
import { createTranslator } from './translator.js';

/** Everything read from a project folder, loaded and validated once per process. */
export interface Project {
  root: string;
  agreement: Agreement;
  languages: readonly string[];
  resources: LocaleResources;
  i18n: i18n;
  templates: Templates;
  /** Translations marked as uncertain, by language. */
  reviewFlags: ReviewFlag[];
}

export async function openProject(root: string, agreementId: string | undefined, languages: readonly string[]): Promise<Project> {
  const agreement = await loadAgreement(root, agreementId);
  const resources = await loadLocales(root, languages, [COMMON_NS, agreement.namespace]);
  const reviewFlags = (
    await Promise.all(
      languages.map((lang) => loadReviewFlags(root, lang, agreement.namespace, (key) => typeof localeValue(resources[lang]![agreement.namespace]!, key) === 'string')),
    )
  ).flat();
  return {
    root,
    agreement,
    languages,
    resources,
    i18n: createI18n(resources, agreement.namespace),
    templates: await loadTemplates(root),
    reviewFlags,
  };
}

/** Fails, naming the character, its code point and key, if a string of `lang` has a glyph its fonts lack. */
export async function checkGlyphs(project: Project, lang: string): Promise<void> {
  const strings = Object.entries(project.resources[lang]!).flatMap(([ns, tree]) =>
    flattenLocale(tree).map(({ key, text }) => ({ file: path.join('locales', lang, `${ns}.json`), key, text })),
  );
  await assertGlyphCoverage(strings, editionFonts(lang));
}

/** Renders an edition's layout in its languages and parses the markup into the document tree. */
export function composeEdition(project: Project, edition: EditionSpec, layout: Layout = 'parallel'): DocumentTree {
  const translators = edition.languages.map((lang) => createTranslator(project.i18n, lang));
  const view = { agreement: project.agreement, languages: edition.languages, layout };
  return parseDocumentMarkup(project.templates.render(edition.template, view, translators));
}
