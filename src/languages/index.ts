/**
 * The languages the project can publish, as data: one entry per language, keyed by the project's id
 * (the locales/<id>/ folder) and its BCP 47 tag. Writers, themes, fonts, checks and commands read
 * them here and nowhere else; dates and numbers follow each language's `common.json`
 * (`dates.format`, `numbers.ordinal`, `languageTag`). Adding a language is a locales/<id>/ folder and
 * one entry in LANGUAGES.
 */
import { BriefingError, ContentError } from '../errors.js';
import { en } from './en.js';
import type { Language } from './types.js';
import { zhHans } from './zh-hans.js';
import { zhHant } from './zh-hant.js';

export type { Language, LanguageFonts, ListMarks, OrderedMark, BulletMark, ScriptRule, Conversion } from './types.js';

/** Every language, the source language first. */
export const LANGUAGES: readonly Language[] = [en, zhHans, zhHant];

/** The source language: translations are made from it and checked against it. */
export const SOURCE = LANGUAGES[0]!;

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0]!;

/**
 * The language a project id (zh), a tag of its text (zh-Hans) or an office tag (zh-CN) names, or
 * else the first one of the same primary language (zh-SG → zh); undefined when none does.
 */
export function findLanguage(name: string): Language | undefined {
  const wanted = name.toLowerCase();
  return (
    LANGUAGES.find((l) => [l.id, l.tag, l.officeTag].some((n) => n.toLowerCase() === wanted)) ??
    LANGUAGES.find((l) => primary(l.tag) === primary(wanted))
  );
}

/** The language named (see findLanguage); a language the table lacks is an error that says where to add it. */
export function languageFor(name: string): Language {
  const language = findLanguage(name);
  if (!language) throw new BriefingError(`language "${name}" is not in the language table: add an entry for it to src/languages/index.ts (see README, "Adding a language")`);
  return language;
}

/** The language of a locales/<id>/ folder, which must be an id of the table: otherwise its text would be set and checked as another's. */
export function folderLanguage(id: string): Language {
  const language = LANGUAGES.find((l) => l.id === id);
  if (!language) throw new ContentError(`locales/${id}`, undefined, `"${id}" is not a language of the language table (${LANGUAGES.map((l) => l.id).join(', ')}): add an entry for it to src/languages/index.ts, or rename the folder`);
  return language;
}

/** Whether a language (id or tag) is written in Han characters and set by CJK rules. */
export const isHanLanguage = (name: string): boolean => findLanguage(name)?.writing === 'han';

/** Whether a language takes a script-specific check rule. */
export const takesRule = (name: string, rule: Language['rules'][number]): boolean => languageFor(name).rules.includes(rule);

/**
 * The Han language whose fonts set the Han characters of a document's Latin text (a language switch
 * labelled 中文, a bilingual running title): the document's own Han language, else the first in the table.
 */
export function hanFallback(languages: readonly string[]): Language {
  return languages.map(findLanguage).find((l) => l?.writing === 'han') ?? LANGUAGES.find((l) => l.writing === 'han')!;
}

/** Every font family of the table (the files every output may be set in). */
export const allFontFamilies = () => [...new Set(LANGUAGES.flatMap((l) => [l.fonts.body, l.fonts.heading, l.docx.eastAsia.body, l.docx.eastAsia.heading]))];
