import type { Agreement, Block, ListItem } from './schema.js';

/** The source language: translations are checked against it. */
export const SOURCE_LANGUAGE = 'en';

/** UI settings that are not text (BCP 47 tags, Intl date options): never translated, never exchanged. */
export const isMachineSetting = (key: string): boolean => /^common:(languageTag|htmlLang|dates\.format\.|numbers\.)/.test(key);

/** A key the data uses, with the section a report groups it under. */
export interface UsedKey {
  key: string;
  section: string;
  /** Printed only when the source language has it (the dialogue line above a title): not every document has one. */
  optional?: true;
}

/**
 * Every locale key of the agreement namespace that the data uses: section titles, text blocks,
 * list items, table cells, group labels, people, delegations, organizations, venue and title metadata.
 */
export function usedKeys(agreement: Agreement): UsedKey[] {
  const keys: UsedKey[] = [{ key: 'meta.dialogue', section: 'title', optional: true }, { key: 'meta.title', section: 'title' }, { key: 'meta.shortTitle', section: 'title' }];
  if (agreement.venue !== undefined) keys.push({ key: `venues.${agreement.venue}`, section: 'title' });
  const items = (list: ListItem[], section: string): void =>
    list.forEach((item) => {
      keys.push({ key: `blocks.${item.id}`, section });
      if (item.items) items(item.items, section);
    });
  const blocks = (list: Block[], section: string): void =>
    list.forEach((block) => {
      if (block.type === 'list') items(block.items, section);
      else if (block.type === 'table') block.rows.flat().forEach((cell) => keys.push({ key: `blocks.${cell}`, section }));
      else keys.push({ key: `blocks.${block.id}`, section });
      if (block.type === 'group') blocks(block.blocks, section);
    });
  for (const section of agreement.sections) {
    if (!section.untitled) keys.push({ key: `sections.${section.id}`, section: section.id });
    blocks(section.blocks, section.id);
  }
  const organizations = new Set(agreement.organizers);
  for (const delegation of agreement.delegations) {
    if (!delegation.untitled) keys.push({ key: `delegations.${delegation.id}`, section: 'participants' });
    for (const person of delegation.people) {
      keys.push({ key: `people.${person.id}.name`, section: 'participants' }, { key: `people.${person.id}.position`, section: 'participants' });
      person.affiliations.forEach((a) => organizations.add(a));
    }
  }
  for (const id of organizations) keys.push({ key: `organizations.${id}`, section: 'participants' });
  return keys;
}

