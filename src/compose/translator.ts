import path from 'node:path';
import type { i18n } from 'i18next';
import { ContentError } from '../errors.js';
import { COMMON_NS, localeValue, type LocaleResources, type LocaleTree } from '../source/locales.js';
import { placeholdersOf } from '../source/ui-strings.js';
import { findMarkupProblem, inlineMarkupToHtml } from './inline-markup.js';

/** The strings of one language, with errors that name the locale file and key. */
export interface Translator {
  readonly lang: string;
  /** Whether the language has a string for the key. */
  has(key: string): boolean;
  /** A plain string; missing keys and markup other than <strong>/<em> are errors. */
  text(key: string, values?: Record<string, unknown>): string;
  /** A string that may carry inline markup, as safe HTML. */
  markup(key: string): string;
  /** An object of options (common:dates.format, common:numbers.ordinal); anything else is an error naming the key. */
  options(key: string): Record<string, string>;
}

/**
 * Strings are looked up in the loaded files by their own keys. Agreement strings are text, returned
 * as written: nothing in them is interpreted ($t(…) nesting, {{…}}). UI strings (`common:` keys) get
 * their documented {{placeholders}} filled by i18next, with nesting off. `used`, when given, collects
 * every key looked up: the strings a document is made from (incremental builds).
 */
export function createTranslator(i18n: i18n, resources: LocaleResources, lang: string, used?: Set<string>): Translator {
  const defaultNS = String(i18n.options.defaultNS);
  const locate = (key: string): { ns: string; file: string; key: string } => {
    const [ns, bare] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [defaultNS, key];
    return { ns, file: path.join('locales', lang, `${ns}.json`), key: bare };
  };
  const fail = (key: string, detail: string): never => {
    const where = locate(key);
    throw new ContentError(where.file, `key ${where.key}`, detail);
  };
  const lookup = (key: string): string | LocaleTree | undefined => {
    used?.add(key);
    const { ns, key: bare } = locate(key);
    const tree = resources[lang]?.[ns];
    return tree && localeValue(tree, bare);
  };
  const interpolate = (key: string, value: string, values: Record<string, unknown>): string => {
    const missing = placeholdersOf(value).find((name) => !Object.hasOwn(values, name));
    if (missing !== undefined) return fail(key, `the placeholder {{${missing}}} gets no value where the templates use this string: remove it`);
    return i18n.t(key, { lng: lang, ...values, nest: false, interpolation: { escapeValue: false, skipOnVariables: true } });
  };
  /** Every string goes through the markup check: a tag outside the allowed set fails the build wherever it is used. */
  const text = (key: string, values: Record<string, unknown> = {}): string => {
    const value = lookup(key);
    if (value === undefined) return fail(key, 'missing string: add it to the locale file');
    if (typeof value !== 'string') return fail(key, 'expected a string, found an object: write the text as one string');
    const problem = findMarkupProblem(value);
    if (problem) return fail(key, `markup ${problem.tag}: ${problem.reason}`);
    return locate(key).ns === COMMON_NS ? interpolate(key, value, values) : value;
  };
  return {
    lang,
    has: (key) => typeof lookup(key) === 'string',
    text,
    markup: (key) => inlineMarkupToHtml(text(key)),
    options: (key) => {
      const value = lookup(key);
      if (typeof value !== 'object') return fail(key, `expected an object of options${value === undefined ? ', found none' : ', found a string'}: add it (see locales/en/common.json)`);
      return value as Record<string, string>;
    },
  };
}
