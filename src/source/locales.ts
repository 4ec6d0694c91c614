import path from 'node:path';
import { ContentError } from '../errors.js';
import { parseJsonText } from './json-text.js';
import { parsedOnce } from './parsed-once.js';
import { printable } from './printable.js';
import { readTextFile } from './text-file.js';
import type { LocaleTree } from './locale-tree.js';
import { findTextProblem } from './text-problems.js';
import { assertUiStrings } from './ui-strings.js';

export { flattenLocale, localeValue, type LocaleTree } from './locale-tree.js';
/** lang → namespace → strings */
export type LocaleResources = Record<string, Record<string, LocaleTree>>;

export const COMMON_NS = 'common';

/** Reads locales/<lang>/<ns>.json for every language and namespace. */
export async function loadLocales(root: string, languages: readonly string[], namespaces: readonly string[]): Promise<LocaleResources> {
  const resources: LocaleResources = {};
  for (const lang of languages) {
    resources[lang] = {};
    for (const ns of namespaces) {
      resources[lang][ns] = await loadLocaleFile(root, path.join('locales', lang, `${ns}.json`));
    }
  }
  return resources;
}

/** Reads a locale file; common.json must also hold every UI string with its placeholders (see ui-strings.ts). */
export async function loadLocaleFile(root: string, displayName: string): Promise<LocaleTree> {
  const tree = parseLocaleText(await readTextFile(path.join(root, displayName), displayName), displayName);
  if (path.basename(displayName) === `${COMMON_NS}.json`) assertUiStrings(tree, displayName);
  return tree;
}

/** A locale file's text as a tree of strings; every problem names the file and the line:column or key. */
export function parseLocaleText(text: string, displayName: string): LocaleTree {
  return parsedOnce(parseLocaleText, text, () => {
    const value = parseJsonText(text, displayName);
    assertLocaleTree(value, displayName, []);
    return value;
  });
}

/** Locale keys are a few levels deep (people.<id>.name); deeper nesting is a mistake, and checking it recurses. */
const MAX_DEPTH = 16;

/** Ids (blocks.risks-cn-1) and UI names (common:skipToContent): i18next splits keys at dots and colons. */
const LOCALE_KEY = /^[A-Za-z0-9_-]+$/;

/** Locale values are strings fit for every format, or objects of them; anything else is a mistake by hand. */
function assertLocaleTree(value: unknown, file: string, keyPath: string[]): asserts value is LocaleTree {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContentError(file, keyPath.join('.') || undefined, 'expected an object of strings');
  }
  if (keyPath.length >= MAX_DEPTH) throw new ContentError(file, `key ${printable(keyPath.join('.'))}`, `nested more than ${MAX_DEPTH} levels deep: locale keys have a few levels`);
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...keyPath, key];
    const place = `key ${printable(childPath.join('.'))}`;
    if (!LOCALE_KEY.test(key)) throw new ContentError(file, place, 'a key is letters, digits, hyphens and underscores (a dot or colon would split it): rename it');
    if (typeof child === 'string') {
      const problem = findTextProblem(child);
      if (problem) throw new ContentError(file, place, problem);
    } else if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
      assertLocaleTree(child, file, childPath);
    } else {
      throw new ContentError(file, place, `expected a string, got ${Array.isArray(child) ? 'an array' : typeof child}`);
    }
  }
}
