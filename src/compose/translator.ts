import path from 'node:path';
import type { i18n, TFunction } from 'i18next';
import { ContentError } from '../errors.js';
import { findMarkupProblem, inlineMarkupToHtml } from './inline-markup.js';

/** The strings of one language, with errors that name the locale file and key. */
export interface Translator {
  readonly lang: string;
  readonly t: TFunction;
  /** Whether the language has a string for the key. */
  has(key: string): boolean;
  /** A plain string; missing keys and markup other than <strong>/<em> are errors. */
  text(key: string, values?: Record<string, unknown>): string;
  /** A string that may carry inline markup, as safe HTML. */
  markup(key: string): string;
}

/** `used`, when given, collects every key looked up: the strings a document is made from (incremental builds). */
export function createTranslator(i18n: i18n, lang: string, used?: Set<string>): Translator {
  const fixed = i18n.getFixedT(lang);
  const t = (used ? (key: string, options?: Record<string, unknown>) => (used.add(key), fixed(key, options)) : fixed) as TFunction;
  const exists = (key: string): boolean => (used?.add(key), i18n.exists(key, { lng: lang }));
  const defaultNS = String(i18n.options.defaultNS);
  const locate = (key: string): { file: string; key: string } => {
    const [ns, bare] = key.includes(':') ? key.split(':', 2) as [string, string] : [defaultNS, key];
    return { file: path.join('locales', lang, `${ns}.json`), key: bare };
  };
  const fail = (key: string, detail: string): never => {
    const where = locate(key);
    throw new ContentError(where.file, `key ${where.key}`, detail);
  };
  /** Every string goes through the markup check: a tag outside the allowed set fails the build wherever it is used. */
  const text = (key: string, values?: Record<string, unknown>): string => {
    if (!exists(key)) return fail(key, 'missing string: add it to the locale file');
    const value = fixed(key, values);
    if (typeof value !== 'string') return fail(key, 'expected a string, found an object: use a more specific key');
    const problem = findMarkupProblem(value);
    if (problem) return fail(key, `markup ${problem.tag}: ${problem.reason}`);
    return value;
  };
  return {
    lang,
    t,
    has: exists,
    text,
    markup: (key) => inlineMarkupToHtml(text(key)),
  };
}
