/**
 * The English import: ids for everything, the agreement data (validated by the caller against
 * AgreementSchema) and the English strings keyed by those ids, as in the hand-made source.
 */
import type { z } from 'zod';
import type { LocaleTree } from '../source/locales.js';
import type { AgreementSchema, Block, ListItem } from '../source/schema.js';
import { parseDateRange } from './dates.js';
import { IdAllocator, idFromWords, slugify } from './ids.js';
import type { ImportedBlock, ImportedDelegation, ImportedDocument, ImportedItem, ImportedSection } from './imported-document.js';
import { detectOrganizers, detectSession, titleRoles } from './metadata.js';
import { affiliationsOf, delegationName } from './participants.js';
import { plain } from './rich-text.js';
import { fromAllCaps } from './title-case.js';

export interface AgreementOptions {
  id: string;
  namespace: string;
  /** The title used when neither the text nor the file's properties give one (the file name). */
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

/**
 * What the document states becomes data; what it does not state is left out and named in a note
 * (no date, venue, session or organizers is ever invented).
 */
export function toAgreement(document: ImportedDocument, { id, namespace, fallbackTitle }: AgreementOptions): ImportedAgreement {
  const notes = [...document.notes];
  const yamlFile = `data/agreements/${id}.yaml`;

  const roles = titleRoles(document.titleLines, (line) => parseDateRange(line) !== undefined);
  const metadataTitle = usableMetadataTitle(document.metadataTitle);
  const title = fromAllCaps(roles.title ?? metadataTitle ?? fallbackTitle);
  if (roles.title === undefined) {
    notes.push(`no title lines above the text: the title (meta.title) is ${metadataTitle ? `the file's title property “${metadataTitle}”` : `the file name “${fallbackTitle}”`}`);
  }
  const dialogue = roles.dialogue === undefined ? undefined : fromAllCaps(roles.dialogue);

  const dates = roles.dateLine === undefined ? undefined : parseDateRange(roles.dateLine);
  if (dates === undefined) notes.push(`no date line (such as “November 17-18, 2021”) below the title: the agreement has no date; add dates to ${yamlFile} if it has one`);

  const opening = firstParagraph(document.sections);
  const session = detectSession(opening);
  const organizations = new Organizations();
  const organizers = detectOrganizers(opening).map((name) => organizations.idOf(name));
  const venue = roles.venue === undefined ? undefined : idFromWords(roles.venue) || 'venue';

  const blockIds = new IdAllocator();
  const sectionTitles: Strings = {};
  const blockTexts: Strings = {};
  const sections = document.sections.map((section) => toSection(section, blockIds, sectionTitles, blockTexts));

  const delegationTitles: Strings = {};
  const people: Record<string, Strings> = {};
  const delegations = toDelegations(document.delegations, organizations, delegationTitles, people, notes);

  const agreement: AgreementData = {
    id,
    namespace,
    ...(session !== undefined ? { session } : {}),
    ...(dates !== undefined ? { dates } : {}),
    ...(venue !== undefined ? { venue } : {}),
    ...(organizers.length > 0 ? { organizers } : {}),
    sections,
    ...(delegations.length > 0 ? { delegations } : {}),
  };
  const strings: LocaleTree = {
    meta: { ...(dialogue !== undefined ? { dialogue } : {}), title, shortTitle: dates ? `${title} ${dates.start.slice(0, 4)}` : title },
    venues: venue !== undefined && roles.venue !== undefined ? { [venue]: roles.venue } : {},
    organizations: organizations.strings,
    sections: sectionTitles,
    blocks: blockTexts,
    delegations: delegationTitles,
    people,
  };
  return { agreement, strings: withoutEmptyGroups(strings), notes };
}

/** A title property that is only a file name ("A_L.632.pdf", "Microsoft Word - draft.docx") is no title. */
function usableMetadataTitle(title: string | undefined): string | undefined {
  if (title === undefined || title.trim() === '') return undefined;
  return /\.(?:pdf|docx?|rtf|txt|html?)$|^(?:microsoft word|untitled)\b/i.test(title.trim()) ? undefined : title.trim();
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
  const id = ids.take(section.heading === undefined ? (section.role ?? 'opening') : idFromWords(section.heading) || 'section');
  if (section.heading !== undefined) titles[id] = fromAllCaps(section.heading);
  const counters = { p: 0, list: 0, group: 0, table: 0 };
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
      return { id: blockId, type: 'list', ...(imported.ordered ? { ordered: true } : {}), ...(imported.printed ? { markers: 'printed' as const } : {}), items: items(imported.items, blockId) };
    }
    if (imported.type === 'table') {
      const blockId = ids.take(`${id}-table${++counters.table}`);
      const rows = imported.rows.map((row, r) =>
        row.map((cell, c) => {
          if (plain(cell).trim() === '') return null; // an empty cell has no string
          const cellId = ids.take(`${blockId}-r${r + 1}c${c + 1}`);
          texts[cellId] = cell;
          return cellId;
        }),
      );
      return { id: blockId, type: 'table', ...(imported.header ? { header: true } : {}), rows };
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
    const id = delegationIds.take(idFromWords(delegationName(delegation.heading ?? '')) || 'delegation');
    if (delegation.heading !== undefined) titles[id] = fromAllCaps(delegation.heading);
    return {
      id,
      ...(delegation.heading === undefined ? { untitled: true } : {}),
      people: delegation.people.map((person) => {
        const personId = personIds.take(slugify(person.name) || 'person');
        // A person without a position has none in the locale either: strings are never empty, and the participants list leaves the cell blank.
        people[personId] = person.position === '' ? { name: person.name } : { name: person.name, position: person.position };
        if (person.position === '') notes.push(`no position for “${person.name}” (a line “Name<TAB>Position” was expected): add people.${personId}.position if the document gives one`);
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

}

const withoutEmptyGroups = (tree: LocaleTree): LocaleTree =>
  Object.fromEntries(Object.entries(tree).filter(([, value]) => typeof value === 'string' || Object.keys(value).length > 0));
