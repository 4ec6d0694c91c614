import { ContentError } from '../errors.js';
import { localeValue, type LocaleTree } from './locale-tree.js';
import { printable } from './printable.js';

/**
 * The UI strings of locales/<lang>/common.json that the templates and writers use, each with the
 * {{placeholders}} it must hold (README: locales). A missing one would print its key, a dropped
 * placeholder would print "Page" without its numbers: both are errors when the file is loaded.
 */
export const UI_STRINGS: Readonly<Record<string, readonly string[]>> = {
  language: [],
  languageTag: [],
  htmlLang: [],
  edition: [],
  showLanguages: [],
  bothLanguages: [],
  contents: [],
  participants: [],
  participantName: [],
  participantPosition: [],
  page: ['current', 'total'],
  'dates.rangeSameMonth': ['year', 'month', 'startDay', 'endDay'],
  'dates.range': ['start', 'end'],
  session: ['number'],
  preparedFor: ['recipient'],
  issued: ['date'],
  summary: [],
  summaryIntro: [],
  glossary: [],
  glossaryEnglish: [],
  glossaryChinese: [],
  excerptNote: ['sections'],
  excerptPartial: [],
  listSeparator: [],
  openingSection: [],
  skipToContent: [],
};

/** The one UI value that is an object: Intl.DateTimeFormat options for dates (year, month, day). */
export const DATE_FORMAT_KEY = 'dates.format';

/** `{{name}}` in a UI string; the only interpolation there is. */
export const PLACEHOLDER = /\{\{(\w+)\}\}/g;

export const placeholdersOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);

/** Language tags and the date format are checked here, so that a bad one names its key, not the template that used it. */
export function assertUiStrings(tree: LocaleTree, file: string): void {
  const fail = (key: string, detail: string): never => {
    throw new ContentError(file, `key ${key}`, detail);
  };
  for (const [key, placeholders] of Object.entries(UI_STRINGS)) {
    const value = localeValue(tree, key);
    if (value === undefined) return fail(key, 'missing UI string: add it (see locales/en/common.json)');
    if (typeof value !== 'string') return fail(key, 'expected a string, found an object');
    const found = placeholdersOf(value);
    const missing = placeholders.find((name) => !found.includes(name));
    if (missing) return fail(key, `the placeholder {{${missing}}} is missing: write it where its value goes (${placeholders.map((p) => `{{${p}}}`).join(', ')})`);
    const unknown = found.find((name) => !placeholders.includes(name));
    if (unknown) return fail(key, `unknown placeholder {{${printable(unknown)}}}: this string has ${placeholders.length ? placeholders.map((p) => `{{${p}}}`).join(', ') : 'no placeholders'}`);
  }
  for (const key of ['languageTag', 'htmlLang']) {
    try {
      Intl.getCanonicalLocales(localeValue(tree, key) as string);
    } catch {
      fail(key, `"${printable(localeValue(tree, key) as string)}" is not a BCP 47 language tag (such as en-US or zh-CN)`);
    }
  }
  const format = localeValue(tree, DATE_FORMAT_KEY);
  if (typeof format !== 'object') return fail(DATE_FORMAT_KEY, 'expected an object of Intl.DateTimeFormat options, such as { "year": "numeric", "month": "long", "day": "numeric" }');
  try {
    new Intl.DateTimeFormat(localeValue(tree, 'languageTag') as string, format as Intl.DateTimeFormatOptions);
  } catch (error) {
    fail(DATE_FORMAT_KEY, `not valid Intl.DateTimeFormat options (${printable((error as Error).message)}): use values such as "numeric", "long", "2-digit"`);
  }
}
