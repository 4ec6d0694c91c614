import type { Catalog } from '../check/catalog.js';
import { UsageError } from '../errors.js';
import { languageFor } from '../languages/index.js';

/**
 * Tools spell languages as full BCP 47 tags (zh-CN, zh-Hans, en-US); the project names them by
 * their locales/ folder (zh, en). A folder matches its own name, the languageTag of its UI
 * strings, or a tag with the same primary language.
 */
export function projectLanguage(catalog: Catalog, tag: string): string | undefined {
  const wanted = tag.toLowerCase();
  const exact = catalog.languages.find((lang) => lang.toLowerCase() === wanted || catalog.strings[lang]!.get('common:languageTag')?.toLowerCase() === wanted);
  return exact ?? catalog.languages.find((lang) => lang.toLowerCase() === wanted.split(/[-_]/)[0]);
}

/** The tag tools get for a project language: its UI strings' languageTag (zh-CN), else the folder name. */
export const toolTag = (catalog: Catalog, lang: string): string => catalog.strings[lang]?.get('common:languageTag') ?? lang;

/** The language a command means when --lang is not given: the only one translated (not converted from another by machine). */
export function onlyTranslationLanguage(catalog: Catalog): string {
  const targets = catalog.languages.slice(1).filter((lang) => languageFor(lang).conversion === undefined);
  if (targets.length !== 1) throw new UsageError(`choose the language with --lang (${targets.join(', ') || 'none yet: add a locales/<lang>/ folder'})`);
  return targets[0]!;
}
