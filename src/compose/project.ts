import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { i18n } from 'i18next';
import { assertGlyphCoverage } from '../fonts/coverage.js';
import { LANGUAGES, SOURCE, languageFor, type Language } from '../languages/index.js';
import { loadAgreement } from '../source/project.js';
import { COMMON_NS, flattenLocale, loadLocales, localeValue, type LocaleResources } from '../source/locales.js';
import { loadReviewFlags, type ReviewFlag } from '../source/review.js';
import type { Agreement } from '../source/schema.js';
import { walkAgreement } from '../source/walk.js';
import { parseDocumentMarkup } from '../tree/parse.js';
import type { EditionSpec } from '../select/editions.js';
import { agreementTags, type Component, type Profile } from '../select/profile.js';
import type { Selection } from '../select/selection.js';
import { SOURCE_LANGUAGE, usedKeys } from '../source/keys.js';
import { loadGlossary, renderingIn, termsUsedIn, type GlossaryTerm } from '../source/glossary.js';
import { stripInlineMarkup } from './inline-markup.js';
import type { DocumentTree, Layout } from '../tree/types.js';
import { createI18n } from './i18n.js';
import { loadTemplates, type Templates } from './templates.js';
import { createTranslator } from './translator.js';
import { issueDate } from './issue-date.js';

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
  glossary: GlossaryTerm[];
}

export async function openProject(root: string, agreementId: string | undefined, editionLanguages: readonly string[]): Promise<Project> {
  const agreement = await loadAgreement(root, agreementId);
  assertTranslated(root, agreement, editionLanguages);
  // The source language is always loaded: a packet's glossary annex is found in its text.
  const languages = [...new Set([SOURCE_LANGUAGE, ...editionLanguages])];
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
    glossary: await loadGlossary(root),
  };
}

/** An imported agreement has no translation until one is made or attached: say how to build without it. */
function assertTranslated(root: string, agreement: Agreement, languages: readonly string[]): void {
  for (const lang of languages.filter((l) => l !== SOURCE_LANGUAGE)) {
    const file = path.join('locales', lang, `${agreement.namespace}.json`);
    if (existsSync(path.join(root, file))) continue;
    throw new UsageError(
      `agreement ${agreement.id} has no "${lang}" translation yet (no ${file}): build the English edition with --edition en, ` +
        `or attach a translation with npx briefing import FILE --id ${agreement.id} --lang ${lang}`,
    );
  }
}

/** Fails, naming the character, its code point and key, if a string of `lang` has a glyph its fonts lack. */
export async function checkGlyphs(project: Project, lang: string): Promise<void> {
  const strings = Object.entries(project.resources[lang]!).flatMap(([ns, tree]) =>
    flattenLocale(tree).map(({ key, text }) => ({ file: path.join('locales', lang, `${ns}.json`), key, text })),
  );
  await assertGlyphCoverage(strings, languageFor(lang).fonts);
}

/** What one document carries: its languages and layout, its components, and the selected content. */
export interface DocumentRequest {
  edition: EditionSpec;
  layout: Layout;
  components: readonly Component[];
  selection: Selection;
  profile?: Profile;
  /** Collects the locale keys the document's text uses, by language. */
  used?: Map<string, Set<string>>;
}

/** Contents entries for the components that follow the contents, in order. */
function contentsEntries(components: readonly Component[], agreement: Agreement): { target: string; section?: string; key?: string }[] {
  const after = components.slice(components.indexOf('contents') + 1);
  return after.flatMap((component): { target: string; section?: string; key?: string }[] => {
    if (component === 'agreement') return agreement.sections.filter((s) => !s.untitled).map((s) => ({ target: s.id, section: s.id }));
    if (component === 'cover' || component === 'contents') return [];
    return [{ target: component, key: `common:${component}` }];
  });
}

/** Top-level items of the recommendation lists that the selection keeps. */
function summaryItems(agreement: Agreement): string[] {
  const items: string[] = [];
  for (const node of walkAgreement(agreement)) {
    if (node.kind === 'item' && node.depth === 0 && agreement.recommendations.includes(node.list.id)) items.push(node.item.id);
  }
  return items;
}

/**
 * The glossary annex's columns: the source language, then each other language of the edition; an
 * edition of the source language alone shows the translations the glossary holds that are not
 * converted from another language (the Chinese).
 */
function glossaryColumns(project: Project, languages: readonly string[]): Language[] {
  const others = languages.filter((lang) => lang !== SOURCE_LANGUAGE).map(languageFor);
  const held = new Set(project.glossary.flatMap((term) => Object.keys(term.renderings)));
  return [SOURCE, ...(others.length > 0 ? others : LANGUAGES.filter((l) => l !== SOURCE && l.conversion === undefined && held.has(l.id)))];
}

/**
 * Standard glossary terms that the selected English text uses (participants only when listed),
 * alphabetically, as a row of cells in the columns' languages; terms without a rendering in one of
 * them are left out.
 */
function glossaryEntries(project: Project, agreement: Agreement, components: readonly Component[], columns: readonly Language[]): { lang: string; text: string }[][] {
  const english = project.resources[SOURCE_LANGUAGE]?.[agreement.namespace];
  if (!english) return [];
  const printed = usedKeys(agreement).filter((u) => u.section !== 'participants' || components.includes('participants'));
  const used = new Set(printed.map((u) => u.key));
  const text = flattenLocale(english)
    .filter((entry) => used.has(entry.key))
    .map((entry) => stripInlineMarkup(entry.text))
    .join('\n');
  return termsUsedIn(text, project.glossary)
    .filter((term) => columns.every((language) => language === SOURCE || renderingIn(term, language.id) !== undefined))
    .sort((a, b) => a.english.localeCompare(b.english, 'en'))
    .map((term) => columns.map((language) => ({ lang: language.tag, text: language === SOURCE ? term.english : renderingIn(term, language.id)! })));
}

/** Renders a document in its languages and parses the markup into the document tree. */
export function composeDocument(project: Project, request: DocumentRequest): DocumentTree {
  const { edition, layout, components, selection, profile, used } = request;
  const keysOf = (lang: string): Set<string> | undefined => {
    if (!used) return undefined;
    if (!used.has(lang)) used.set(lang, new Set());
    return used.get(lang);
  };
  const translators = edition.languages.map((lang) => createTranslator(project.i18n, project.resources, lang, keysOf(lang)));
  const agreement = selection.agreement;
  const columns = glossaryColumns(project, edition.languages);
  const view = {
    agreement,
    languages: edition.languages,
    bilingual: edition.languages.length > 1,
    layout,
    components,
    profile,
    issued: issueDate(),
    excerpt: selection.excerpt,
    omitted: selection.omitted,
    contents: contentsEntries(components, agreement),
    summary: summaryItems(agreement),
    glossaryColumns: columns.map((language) => ({ heading: language.glossaryHeading })),
    glossary: components.includes('glossary') ? glossaryEntries(project, agreement, components, columns) : [],
    // Topic tags of the selection; the template writes their labels (common:topics) as keywords.
    keywordTags: agreementTags(agreement),
  };
  return parseDocumentMarkup(project.templates.render('document', view, translators));
}
