/**
 * Attaching a translation: its blocks are paired one by one with the English structure of an
 * imported agreement. Nothing is guessed: where the two stop corresponding, the import fails,
 * naming the section, the position and both texts.
 */
import { usedKeys } from '../source/keys.js';
import { ContentError } from '../errors.js';
import { localeValue, type LocaleTree } from '../source/locales.js';
import type { Agreement, Block, ListItem } from '../source/schema.js';
import { looksLikeDateLine } from './heuristics.js';
import type { ImportedBlock, ImportedDocument, ImportedItem, ImportedSection } from './imported-document.js';
import { titleRoles } from './metadata.js';
import { plain, shorten } from './rich-text.js';
import { alignSequences, lengthLogRatio, type Comparable } from './sequence-alignment.js';

export interface Alignment {
  /** Translation by locale key, in document order. */
  aligned: Map<string, string>;
  /** Keys the data uses that the translated file does not provide (organizations, the short title). */
  missing: string[];
}

interface Unit extends Comparable {
  kind: 'text' | 'list';
  /** The locale key (English side only). */
  key?: string;
  items?: ItemUnit[];
}

interface ItemUnit extends Comparable {
  key?: string;
  depth: number;
}

export interface AlignmentRequest {
  agreement: Agreement;
  english: LocaleTree;
  translation: ImportedDocument;
  /** The translated file as the user named it, and its language, for messages. */
  file: string;
  lang: string;
}

export function alignTranslation({ agreement, english, translation, file, lang }: AlignmentRequest): Alignment {
  const aligned = new Map<string, string>();
  const text = (key: string): string => {
    const value = localeValue(english, key);
    return typeof value === 'string' ? value : '';
  };
  const breakAt: BreakAt = (place, what, en, other) => {
    const quote = (side: string | undefined): string => (side === undefined ? '(nothing)' : `“${shorten(side)}”`);
    throw new ContentError(
      file,
      place,
      `${what}: en ${quote(en)} / ${lang} ${quote(other)}; nothing was written: make the translation's headings, paragraphs and lists match the English, then import again`,
    );
  };

  const englishSections = agreement.sections.map((section) => units(section.blocks, text));
  const translatedSections = translation.sections.map((section) => importedUnits(section.blocks));
  const allText = (sections: Unit[][]): string[] => sections.flat().map((unit) => unit.text);
  const logRatio = lengthLogRatio(allText(englishSections), allText(translatedSections));

  const total = `the English has ${agreement.sections.length} sections, the translation ${translation.sections.length}`;
  for (let s = 0; s < Math.max(agreement.sections.length, translation.sections.length); s++) {
    const section = agreement.sections[s];
    const translated = translation.sections[s];
    const englishStart = section && (text(`sections.${section.id}`) || englishSections[s]![0]?.text);
    if (section === undefined) return breakAt(`section ${s + 1}`, `${total}: this one is extra`, undefined, headingOrStart(translated!));
    if (translated === undefined) return breakAt(`section ${section.id}`, `${total}: this one has no counterpart`, englishStart, undefined);
    if ((section.untitled === true) !== (translated.heading === undefined)) {
      const what = section.untitled ? 'the English opens without a heading, the translation with one' : 'the English has a heading here, the translation none';
      return breakAt(`section ${section.id}`, what, englishStart, headingOrStart(translated));
    }
    if (translated.heading !== undefined) aligned.set(`sections.${section.id}`, translated.heading);
    alignBlocks(`section ${section.id}`, englishSections[s]!, translatedSections[s]!, logRatio, aligned, breakAt);
  }

  const delegations = `the English has ${agreement.delegations.length} participants lists, the translation ${translation.delegations.length}`;
  for (let d = 0; d < Math.max(agreement.delegations.length, translation.delegations.length); d++) {
    const delegation = agreement.delegations[d];
    const translated = translation.delegations[d];
    if (delegation === undefined || translated === undefined) {
      return breakAt(`participants list ${d + 1}`, delegations, delegation && text(`delegations.${delegation.id}`), translated?.heading);
    }
    if (!delegation.untitled && translated.heading !== undefined) aligned.set(`delegations.${delegation.id}`, translated.heading);
    const { people } = delegation;
    for (let p = 0; p < Math.max(people.length, translated.people.length); p++) {
      const person = people[p];
      const other = translated.people[p];
      if (person === undefined || other === undefined) {
        const what = `the English lists ${people.length} people, the translation ${translated.people.length}`;
        return breakAt(`delegation ${delegation.id}, person ${p + 1}`, what, person && text(`people.${person.id}.name`), other?.name);
      }
      aligned.set(`people.${person.id}.name`, other.name);
      if (other.position !== '') aligned.set(`people.${person.id}.position`, other.position);
    }
  }

  alignTitle(agreement, english, translation.titleLines, aligned);
  const expected = usedKeys(agreement).filter((used) => !used.optional || localeValue(english, used.key) !== undefined);
  return { aligned, missing: expected.map((used) => used.key).filter((key) => !aligned.has(key)) };
}

type BreakAt = (place: string, what: string, en: string | undefined, other: string | undefined) => never;

/**
 * Blocks pair up in order when the two sections have the same shape; otherwise the length-based
 * alignment finds the first block without a counterpart.
 */
function alignBlocks(place: string, english: Unit[], translated: Unit[], logRatio: number, aligned: Map<string, string>, breakAt: BreakAt): void {
  if (english.length !== translated.length || english.some((unit, i) => unit.kind !== translated[i]!.kind)) {
    const counts = `the English has ${english.length} blocks in this section, the translation ${translated.length}`;
    const gap = alignSequences(english, translated, logRatio).find((step) => step.op !== 'match')!;
    const at = `${place}, block ${gap.first + 1}`;
    if (gap.op === 'onlyFirst') breakAt(at, `this English block has no translation (${counts})`, english[gap.first]!.text, translated[gap.second]?.text);
    breakAt(at, `the translation has a block here that the English does not (${counts})`, english[gap.first]?.text, translated[gap.second]!.text);
  }
  english.forEach((unit, i) => {
    const other = translated[i]!;
    if (unit.kind === 'text') aligned.set(unit.key!, other.text);
    else alignItems(`${place}, block ${i + 1}`, unit.items!, other.items!, logRatio, aligned, breakAt);
  });
}

/** Plain text cannot show nesting: a flat translated list is compared by its items alone. */
function alignItems(place: string, english: ItemUnit[], translated: ItemUnit[], logRatio: number, aligned: Map<string, string>, breakAt: BreakAt): void {
  if (english.length !== translated.length) {
    const gap = alignSequences(english, translated, logRatio).find((step) => step.op !== 'match')!;
    const counts = `the English list has ${english.length} items, the translation's ${translated.length}`;
    const at = `${place}, item ${gap.first + 1}`;
    if (gap.op === 'onlyFirst') breakAt(at, `this English item has no translation (${counts})`, english[gap.first]!.text, translated[gap.second]?.text);
    breakAt(at, `the translation has an item here that the English does not (${counts})`, english[gap.first]?.text, translated[gap.second]!.text);
  }
  const showsNesting = translated.some((item) => item.depth > 0);
  english.forEach((item, i) => {
    const other = translated[i]!;
    if (showsNesting && item.depth !== other.depth) {
      breakAt(`${place}, item ${i + 1}`, `the item is at nesting level ${item.depth + 1} in the English, ${other.depth + 1} in the translation`, item.text, other.text);
    }
    aligned.set(item.key!, other.text);
  });
}

/** Title lines by role; the date line is recognized by the agreement's year, in any script. */
function alignTitle(agreement: Agreement, english: LocaleTree, lines: readonly string[], aligned: Map<string, string>): void {
  const year = agreement.dates?.start.slice(0, 4) ?? '';
  const roles = titleRoles(lines, (line) => looksLikeDateLine(line) && line.includes(year));
  const repeatsTitle = localeValue(english, 'meta.dialogue') === localeValue(english, 'meta.title');
  const dialogue = roles.dialogue ?? (repeatsTitle ? roles.title : undefined);
  const found: [string, string | undefined][] = [
    ['meta.dialogue', dialogue],
    ['meta.title', roles.title],
    ...(agreement.venue !== undefined ? [[`venues.${agreement.venue}`, roles.venue] as [string, string | undefined]] : []),
  ];
  for (const [key, value] of found) if (value !== undefined) aligned.set(key, value);
}

function units(blocks: readonly Block[], text: (key: string) => string): Unit[] {
  return blocks.flatMap((block): Unit[] => {
    const key = `blocks.${block.id}`;
    if (block.type === 'paragraph') return [{ kind: 'text', key, text: text(key) }];
    if (block.type === 'group') return [{ kind: 'text', key, text: text(key) }, ...units(block.blocks, text)];
    if (block.type === 'table') return block.rows.flat().map((cell): Unit => ({ kind: 'text', key: `blocks.${cell}`, text: text(`blocks.${cell}`) }));
    const items = itemUnits(block.items, 0, (item) => ({ key: `blocks.${item.id}`, text: text(`blocks.${item.id}`) }));
    return [{ kind: 'list', text: items.map((item) => item.text).join(''), items }];
  });
}

function importedUnits(blocks: readonly ImportedBlock[]): Unit[] {
  return blocks.flatMap((block): Unit[] => {
    if (block.type === 'paragraph') return [{ kind: 'text', text: block.text }];
    if (block.type === 'group') return [{ kind: 'text', text: block.label }, ...importedUnits(block.blocks)];
    if (block.type === 'table') return block.rows.flat().map((cell): Unit => ({ kind: 'text', text: cell }));
    const items = itemUnits(block.items, 0, (item) => ({ text: item.text }));
    return [{ kind: 'list', text: items.map((item) => item.text).join(''), items }];
  });
}

function itemUnits<T extends ListItem | ImportedItem>(items: readonly T[], depth: number, describe: (item: T) => { key?: string; text: string }): ItemUnit[] {
  return items.flatMap((item) => [{ kind: 'item', depth, ...describe(item) }, ...itemUnits((item.items ?? []) as T[], depth + 1, describe)]);
}

const headingOrStart = (section: ImportedSection): string | undefined => section.heading ?? firstText(section.blocks);

function firstText(blocks: readonly ImportedBlock[]): string | undefined {
  const first = blocks[0];
  if (first === undefined) return undefined;
  if (first.type === 'table') return plain(first.rows[0]?.[0] ?? '');
  return plain(first.type === 'paragraph' ? first.text : first.type === 'group' ? first.label : (first.items[0]?.text ?? ''));
}
