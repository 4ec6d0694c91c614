import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';

export type LocaleTree = { [key: string]: string | LocaleTree };
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

export async function loadLocaleFile(root: string, displayName: string): Promise<LocaleTree> {
  let text: string;
  try {
    text = await readFile(path.join(root, displayName), 'utf8');
  } catch (error) {
    throw new ContentError(displayName, undefined, `cannot read locale file (${(error as NodeJS.ErrnoException).code ?? 'error'}): create it or check --root`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.replace(/ in JSON at position \d+.*$/, '');
    throw new ContentError(displayName, jsonErrorPlace(text, error as Error), `invalid JSON: ${message}`);
  }
  assertLocaleTree(value, displayName, []);
  return value;
}

/** Locale values are strings, or objects of them; anything else is a mistake by hand. */
function assertLocaleTree(value: unknown, file: string, keyPath: string[]): asserts value is LocaleTree {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContentError(file, keyPath.join('.') || undefined, 'expected an object of strings');
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...keyPath, key];
    if (typeof child === 'string') continue;
    if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
      assertLocaleTree(child, file, childPath);
    } else {
      throw new ContentError(file, `key ${childPath.join('.')}`, `expected a string, got ${Array.isArray(child) ? 'an array' : typeof child}`);
    }
  }
}

/** Node's JSON.parse reports a character position; people need line:column. */
function jsonErrorPlace(text: string, error: Error): string | undefined {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return undefined;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

/** Every string of a locale tree with its dotted key. */
export function flattenLocale(tree: LocaleTree, prefix = ''): { key: string; text: string }[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [{ key: path, text: value }] : flattenLocale(value, path);
  });
}

/** Looks up a dotted key in a locale tree. */
export function localeValue(tree: LocaleTree, key: string): string | LocaleTree | undefined {
  let node: string | LocaleTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}
