import type { i18n } from 'i18next';
import { loadAgreement } from '../source/project.js';
import { COMMON_NS, loadLocales } from '../source/locales.js';
import type { Agreement } from '../source/schema.js';
import { parseDocumentMarkup } from '../tree/parse.js';
import type { DocumentTree } from '../tree/types.js';
import { createI18n } from './i18n.js';
import { loadTemplates, type Templates } from './templates.js';
import { createTranslator } from './translator.js';

/** Everything read from a project folder, loaded and validated once per process. */
export interface Project {
  root: string;
  agreement: Agreement;
  i18n: i18n;
  templates: Templates;
}

export async function openProject(root: string, agreementId: string | undefined, languages: readonly string[]): Promise<Project> {
  const agreement = await loadAgreement(root, agreementId);
  const resources = await loadLocales(root, languages, [COMMON_NS, agreement.namespace]);
  return { root, agreement, i18n: createI18n(resources, agreement.namespace), templates: await loadTemplates(root) };
}

/** Renders the edition layout in one language and parses it into the document tree. */
export function composeEdition(project: Project, lang: string): DocumentTree {
  const markup = project.templates.render('edition', { agreement: project.agreement }, createTranslator(project.i18n, lang));
  return parseDocumentMarkup(markup);
}
