/**
 * The English import: ids for everything, the agreement data (validated by the caller against
 * AgreementSchema) and the English strings keyed by those ids, as in the hand-made source.
 */
import type { z } from 'zod';
import type { LocaleTree } from '../source/locales.js';
import type { AgreementSchema, Block, ListItem } from '../source/schema.js';
import { localIsoDate, parseDateRange, type DateRange } from './dates.js';
import { IdAllocator, idFromWords, slugify } from './ids.js';
import type { ImportedBlock, ImportedDelegation, ImportedDocument, ImportedItem, ImportedSection } from './imported-document.js';
import { detectOrganizers, detectSession, titleRoles } from './metadata.js';
import { affiliationsOf, delegationName } from './participants.js';
import { fromAllCaps } from './title-case.js';

export interface AgreementOptions {
  id: string;
  namespace: string;
  /** The date used when the text gives none. */
  today: Date;
  /** The title used when the text has no title lines (the file name). */
  fallbackTitle: string;
}

/** The agreement as written to YAML: defaults (no affiliations, no delegations) left out. */
export type AgreementData = z.input<typeof AgreementSchema>;
type SectionData = AgreementData['sections'][number];
type DelegationData = NonNullable<AgreementData['delegations']>[number];

export interface ImportedAgreement {
  agreement: AgreementData;
  strings: LocaleTree;
  notes: string[];
}

type Strings = Record<string, string>;

export function toAgreement(document: ImportedDocument, { id, namespace, today, fallbackTitle }: AgreementOptions): ImportedAgreement {
  const notes = [...document.notes];
  const yamlFile = `data/agreements/${id}.yaml`;
  const localeFile = `locales/en/${namespace}.json`;

  const roles = titleRoles(document.titleLines, (line) => parseDateRange(line) !== undefined);
  const title = fromAllCaps(roles.title ?? fallbackTitle);
  if (roles.title === undefined) notes.push(`no title lines above the text: the title (meta.title) is the file name “${fallbackTitle}”`);
  const dialogue = roles.dialogue === undefined ? title : fromAllCaps(roles.dialogue);
  if (roles.dialogue === undefined) notes.push(`no dialogue name above the title: meta.dialogue repeats the title; change it in ${localeFile}`);

  const found = roles.dateLine === undefined ? undefined : parseDateRange(roles.dateLine);
  const dates: DateRange = found ?? { start: localIsoDate(today), end: localIsoDate(today) };
  if (found === undefined) {
    notes.push(`no date line (such as “November 17-18, 2021”) below the title: used today's date ${dates.start}; correct dates in ${yamlFile}`);
  }

  const opening = firstParagraph(document.sections);
  let session = detectSession(opening);
  if (session === undefined) {
    session = 1;
    notes.push(`no session number (such as “their fourth dialogue”) in the first paragraph: session is 1; correct it in ${yamlFile}`);
  }

  const organizations = new Organizations();
  const organizerNames = detectOrganizers(opening);
  // An empty string makes `briefing check` ask for the text until someone provides it.
  const organizers = organizerNames.length > 0 ? organizerNames.map((name) => organizations.idOf(name)) : [organizations.placeholder('organizer')];
  if (organizerNames.length === 0) notes.push(`no organizers (“X and Y convened …”) in the first paragraph: name them as organizations.organizer in ${localeFile}`);

  const venue = roles.venue === undefined ? 'venue' : idFromWords(roles.venue) || 'venue';
  if (roles.venue === undefined) notes.push(`no venue line below the date: add venues.venue in ${localeFile}`);

  const blockIds = new IdAllocator();
  const sectionTitles: Strings = {};
  const blockTexts: Strings = {};
  const sections = document.sections.map((section) => toSection(section, blockIds, sectionTitles, blockTexts));

  const delegationTitles: Strings = {};
  const people: Record<string, Strings> = {};
  const delegations = toDelegations(document.delegations, organizations, delegationTitles, people, notes);

  const agreement: AgreementData = { id, namespace, session, dates, venue, organizers, sections, ...(delegations.length > 0 ? { delegations } : {}) };
  const strings: LocaleTree = {
    meta: { dialogue, title, shortTitle: found ? `${title} ${found.start.slice(0, 4)}` : title },
    venues: { [venue]: roles.venue ?? '' },
    organizations: organizations.strings,
    sections: sectionTitles,
    blocks: blockTexts,
    delegations: delegationTitles,
    people,
  };
  return { agreement, strings: withoutEmptyGroups(strings), notes };
}

function firstParagraph(sections: readonly ImportedSection[]): string {
  for (const section of sections) {
    const paragraph = section.blocks.find((block) => block.type === 'paragraph');
    if (paragraph) return paragraph.text;
  }
  return '';
}

/** Block ids follow the section: importance-p1, importance-list1-3, importance-group1. */
function toSection(section: ImportedSection, ids: IdAllocator, titles: Strings, texts: Strings): SectionData {
  const id = ids.take(section.heading === undefined ? 'opening' : idFromWords(section.heading) || 'section');
  if (section.heading !== undefined) titles[id] = fromAllCaps(section.heading);
  const counters = { p: 0, list: 0, group: 0 };
  const items = (list: readonly ImportedItem[], parent: string): ListItem[] =>
    list.map((item, i) => {
      const itemId = ids.take(`${parent}-${i + 1}`);
      texts[itemId] = item.text;
      return item.items.length > 0 ? { id: itemId, items: items(item.items, itemId) } : { id: itemId };
    });
  const block = (imported: ImportedBlock): Block => {
    if (imported.type === 'paragraph') {
      const blockId = ids.take(`${id}-p${++counters.p}`);
      texts[blockId] = imported.text;
      return { id: blockId, type: 'paragraph' };
    }
    if (imported.type === 'list') {
      const blockId = ids.take(`${id}-list${++counters.list}`);
      return { id: blockId, type: 'list', ...(imported.ordered ? { ordered: true } : {}), items: items(imported.items, blockId) };
    }
    const blockId = ids.take(`${id}-group${++counters.group}`);
    texts[blockId] = imported.label;
    return { id: blockId, type: 'group', blocks: imported.blocks.map(block) };
  };
  return { id, ...(section.heading === undefined ? { untitled: true } : {}), blocks: section.blocks.map(block) };
}

function toDelegations(imported: readonly ImportedDelegation[], organizations: Organizations, titles: Strings, people: Record<string, Strings>, notes: string[]): DelegationData[] {
  const delegationIds = new IdAllocator();
  const personIds = new IdAllocator();
  return imported.map((delegation) => {
    const id = delegationIds.take(idFromWords(delegationName(delegation.heading)) || 'delegation');
    titles[id] = fromAllCaps(delegation.heading);
    return {
      id,
      people: delegation.people.map((person) => {
        const personId = personIds.take(slugify(person.name) || 'person');
        people[personId] = { name: person.name, position: person.position };
        if (person.position === '') notes.push(`no position for “${person.name}” (a line “Name<TAB>Position” was expected): add people.${personId}.position`);
        const affiliations = affiliationsOf(person.position).map((name) => organizations.idOf(name));
        return affiliations.length > 0 ? { id: personId, affiliations } : { id: personId };
      }),
    };
  });
}

/** Organizations named in the text, one id per name: an organizer is often someone's affiliation too. */
class Organizations {
  readonly strings: Strings = {};
  private readonly ids = new IdAllocator();
  private readonly byName = new Map<string, string>();

  idOf(name: string): string {
    let id = this.byName.get(name);
    if (id === undefined) {
      // "Yangtze Memory Technologies (YMTC)" → "ymtc"; otherwise the first words of the name.
      const acronym = /\(([A-Z][A-Za-z0-9&]{1,9})\)/.exec(name)?.[1];
      id = this.ids.take(slugify(acronym ?? '') || idFromWords(name, { maxWords: 4, maxLength: 40 }) || 'organization');
      this.byName.set(name, id);
      this.strings[id] = name;
    }
    return id;
  }

  /** An organization whose name the text does not give: an empty string, for check to report. */
  placeholder(id: string): string {
    const taken = this.ids.take(id);
    this.strings[taken] = '';
    return taken;
  }
}

const withoutEmptyGroups = (tree: LocaleTree): LocaleTree =>
  Object.fromEntries(Object.entries(tree).filter(([, value]) => typeof value === 'string' || Object.keys(value).length > 0));
