import { SOURCE } from '../languages/index.js';
import type { Agreement } from './schema.js';
import { walkAgreement } from './walk.js';

/** The source language (the language table's first): translations are checked against it. */
export const SOURCE_LANGUAGE = SOURCE.id;

/** UI settings that are not text (BCP 47 tags, Intl date options): never translated, never exchanged. */
export const isMachineSetting = (key: string): boolean => /^common:(languageTag|htmlLang|dates\.format\.|numbers\.)/.test(key);

/** A key the data uses, with the section a report groups it under. */
export interface UsedKey {
  key: string;
  section: string;
  /** Printed only when the source language has it (the dialogue line above a title, a participant's position): not every document has one. */
  optional?: true;
}

/**
 * Every locale key of the agreement namespace that the data uses: section titles, text blocks,
 * list items, table cells, group labels, people, delegations, organizations, venue and title metadata.
 */
export function usedKeys(agreement: Agreement): UsedKey[] {
  const keys: UsedKey[] = [{ key: 'meta.dialogue', section: 'title', optional: true }, { key: 'meta.title', section: 'title' }, { key: 'meta.shortTitle', section: 'title' }];
  if (agreement.venue !== undefined) keys.push({ key: `venues.${agreement.venue}`, section: 'title' });
  const organizations = new Set(agreement.organizers);
  for (const node of walkAgreement(agreement)) {
    const section = node.kind === 'delegation' || node.kind === 'person' ? 'participants' : node.section.id;
    for (const key of node.keys) keys.push(node.optional?.includes(key) ? { key, section, optional: true } : { key, section });
    if (node.kind === 'person') node.person.affiliations.forEach((a) => organizations.add(a));
  }
  for (const id of organizations) keys.push({ key: `organizations.${id}`, section: 'participants' });
  return keys;
}


/** The used keys every language must carry: an optional key only once the source language has it. */
export function expectedUsedKeys(agreement: Agreement, sourceHas: (key: string) => boolean): UsedKey[] {
  return usedKeys(agreement).filter((used) => !used.optional || sourceHas(used.key));
}
