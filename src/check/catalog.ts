import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { COMMON_NS, flattenLocale, loadLocaleFile } from '../source/locales.js';
import { folderLanguage } from '../languages/index.js';
import type { Agreement } from '../source/schema.js';
import { SOURCE_LANGUAGE } from '../source/keys.js';

export { expectedUsedKeys, SOURCE_LANGUAGE, usedKeys, type UsedKey } from '../source/keys.js';

/** The strings of one language: `key` for the agreement namespace, `common:key` for UI strings. */
export type Strings = Map<string, string>;

export interface Catalog {
  agreement: Agreement;
  /** Languages with a locales/<lang>/ folder; the source language first. */
  languages: string[];
  strings: Record<string, Strings>;
  /** The locale file of a key in a language, for messages. */
  fileOf(lang: string, key: string): string;
}

export const splitKey = (key: string, mainNs: string): { ns: string; bare: string } =>
  key.startsWith(`${COMMON_NS}:`) ? { ns: COMMON_NS, bare: key.slice(COMMON_NS.length + 1) } : { ns: mainNs, bare: key };

const exists = (file: string): Promise<boolean> => access(file).then(
  () => true,
  () => false,
);

/**
 * The agreement's strings in every language of locales/, or in `only` those languages and what they
 * are compared with: the source language, and the language a converted one is converted from.
 */
export async function loadCatalog(root: string, agreement: Agreement, only?: readonly string[]): Promise<Catalog> {
  const dirs = (await readdir(path.join(root, 'locales'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const wanted = only && new Set(only.flatMap((lang) => [lang, folderLanguage(lang).conversion?.from ?? lang]));
  const folders = [SOURCE_LANGUAGE, ...dirs.filter((d) => d !== SOURCE_LANGUAGE && (!wanted || wanted.has(d))).sort()];
  // A language converted from another (zh-Hant) is one of an agreement's once `briefing convert` wrote its strings.
  const converted = async (lang: string): Promise<boolean> => folderLanguage(lang).conversion === undefined || exists(path.join(root, 'locales', lang, `${agreement.namespace}.json`));
  const languages = (await Promise.all(folders.map(async (lang) => ((await converted(lang)) ? [lang] : [])))).flat();
  const strings: Record<string, Strings> = {};
  for (const lang of languages) {
    const map: Strings = new Map();
    for (const ns of [agreement.namespace, COMMON_NS]) {
      const file = path.join('locales', lang, `${ns}.json`);
      // A translation not begun yet (an agreement just imported) has no file: the structure rule lists every string.
      if (lang !== SOURCE_LANGUAGE && ns === agreement.namespace && !(await exists(path.join(root, file)))) continue;
      const tree = await loadLocaleFile(root, file);
      for (const { key, text } of flattenLocale(tree)) map.set(ns === COMMON_NS ? `${COMMON_NS}:${key}` : key, text);
    }
    strings[lang] = map;
  }
  return {
    agreement,
    languages,
    strings,
    fileOf: (lang, key) => path.join('locales', lang, `${splitKey(key, agreement.namespace).ns}.json`),
  };
}
