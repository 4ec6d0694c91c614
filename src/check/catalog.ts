import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { COMMON_NS, flattenLocale, loadLocaleFile } from '../source/locales.js';
import type { Agreement, Block, ListItem } from '../source/schema.js';

/** The source language: translations are checked against it. */
export const SOURCE_LANGUAGE = 'en';

/** A key the data uses, with the section a report groups it under. */
export interface UsedKey {
  key: string;
  section: string;
}

/**
 * Every locale key of the agreement namespace that the data uses: section titles, text blocks,
 * list items, group labels, people, delegations, organizations, venue and title metadata.
 */
export function usedKeys(agreement: Agreement): UsedKey[] {
  const keys: UsedKey[] = [{ key: 'meta.dialogue', section: 'title' }, { key: 'meta.title', section: 'title' }, { key: 'meta.shortTitle', section: 'title' }];
  keys.push({ key: `venues.${agreement.venue}`, section: 'title' });
  const items = (list: ListItem[], section: string): void =>
    list.forEach((item) => {
      keys.push({ key: `blocks.${item.id}`, section });
      if (item.items) items(item.items, section);
    });
  const blocks = (list: Block[], section: string): void =>
    list.forEach((block) => {
      if (block.type === 'list') items(block.items, section);
      else keys.push({ key: `blocks.${block.id}`, section });
      if (block.type === 'group') blocks(block.blocks, section);
    });
  for (const section of agreement.sections) {
    if (!section.untitled) keys.push({ key: `sections.${section.id}`, section: section.id });
    blocks(section.blocks, section.id);
  }
  const organizations = new Set(agreement.organizers);
  for (const delegation of agreement.delegations) {
    keys.push({ key: `delegations.${delegation.id}`, section: 'participants' });
    for (const person of delegation.people) {
      keys.push({ key: `people.${person.id}.name`, section: 'participants' }, { key: `people.${person.id}.position`, section: 'participants' });
      person.affiliations.forEach((a) => organizations.add(a));
    }
  }
  for (const id of organizations) keys.push({ key: `organizations.${id}`, section: 'participants' });
  return keys;
}

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

export async function loadCatalog(root: string, agreement: Agreement): Promise<Catalog> {
  const dirs = (await readdir(path.join(root, 'locales'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const languages = [SOURCE_LANGUAGE, ...dirs.filter((d) => d !== SOURCE_LANGUAGE).sort()];
  const strings: Record<string, Strings> = {};
  for (const lang of languages) {
    const map: Strings = new Map();
    for (const ns of [agreement.namespace, COMMON_NS]) {
      const tree = await loadLocaleFile(root, path.join('locales', lang, `${ns}.json`));
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
