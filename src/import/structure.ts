/**
 * From what a reader found to what the agreement is: the title block, sections (headings guessed
 * from short unpunctuated lines when the file marks none), labelled groups, nested lists, and the
 * participants lists. The same steps serve English and translations, so that they align.
 */
import { announcedCount, isGroupLabel, isHeadingLike, looksLikeDateLine } from './heuristics.js';
import type { ImportedBlock, ImportedDocument, ImportedItem } from './imported-document.js';
import { joinPageBreaks } from './page-breaks.js';
import { isParticipantsList, parsePerson } from './participants.js';
import { plain, proseOf, shorten } from './rich-text.js';
import type { SourceBlock, SourceDocument } from './source-document.js';

interface RawSection {
  heading?: string;
  blocks: SourceBlock[];
}

export function structure(source: SourceDocument): ImportedDocument {
  const notes: string[] = [];
  const blocks = joinPageBreaks(source.blocks);
  // When the file marks headings (Markdown #, Word heading styles), trust it and guess none.
  const marksHeadings = blocks.some((block, i) => i > 0 && block.kind === 'heading');
  const { titleLines, body } = splitTitleBlock(blocks);
  const withHeadings = marksHeadings ? body : body.map(promoteHeadingLike);

  const document: ImportedDocument = { titleLines, sections: [], delegations: [], notes };
  for (const raw of mergeEmptySections(splitSections(withHeadings), notes)) {
    const lines = raw.blocks.flatMap(linesOf);
    if (raw.heading !== undefined && isParticipantsList(raw.heading, lines)) {
      document.delegations.push({ heading: raw.heading, people: lines.map(parsePerson) });
    } else {
      document.sections.push({ heading: raw.heading, blocks: importBlocks(raw.blocks, source.nestingMayBeLost, notes) });
    }
  }
  return document;
}

/**
 * The leading short lines (and at most one heading): dialogue, title, date, venue. A date line
 * ends the block together with the line after it (the venue); later short lines are headings.
 */
function splitTitleBlock(blocks: readonly SourceBlock[]): { titleLines: string[]; body: SourceBlock[] } {
  const lines: string[] = [];
  let taken = 0;
  let headings = 0;
  for (const block of blocks) {
    if (block.kind === 'heading' && headings === 0) {
      headings++;
      lines.push(block.text);
    } else if (block.kind === 'paragraph' && block.lines.every(isHeadingLike)) {
      lines.push(...block.lines);
    } else {
      break;
    }
    taken++;
  }
  const date = lines.findIndex(looksLikeDateLine);
  const end = date === -1 ? lines.length : Math.min(lines.length, date + 2);
  const giveBack = lines.slice(end).map((line): SourceBlock => ({ kind: 'paragraph', lines: [line] }));
  return { titleLines: lines.slice(0, end).map((line) => plain(line).trim()), body: [...giveBack, ...blocks.slice(taken)] };
}

const promoteHeadingLike = (block: SourceBlock): SourceBlock =>
  block.kind === 'paragraph' && block.lines.length === 1 && isHeadingLike(block.lines[0]!) ? { kind: 'heading', level: 2, text: block.lines[0]! } : block;

function splitSections(blocks: readonly SourceBlock[]): RawSection[] {
  const sections: RawSection[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') sections.push({ heading: plain(block.text).trim(), blocks: [] });
    else if (sections.length === 0) sections.push({ blocks: [block] });
    else sections.at(-1)!.blocks.push(block);
  }
  return sections;
}

/** A heading straight above another ("Part I" / "Article 1") titles the next section with it. */
function mergeEmptySections(sections: readonly RawSection[], notes: string[]): RawSection[] {
  const merged: RawSection[] = [];
  let pending: string | undefined;
  for (const section of sections) {
    const heading = pending !== undefined && section.heading !== undefined ? `${pending}: ${section.heading}` : section.heading;
    if (pending !== undefined) notes.push(`heading “${pending}” has no text under it: joined to the next heading as “${heading}”`);
    pending = undefined;
    if (section.blocks.length === 0) pending = heading;
    else merged.push({ heading, blocks: section.blocks });
  }
  if (pending !== undefined) notes.push(`heading “${pending}” at the end has no text under it: left out`);
  return merged;
}

/** The lines of a section's blocks (headings start sections, so there are none inside). */
function linesOf(block: SourceBlock): string[] {
  if (block.kind === 'paragraph') return block.lines;
  return block.kind === 'list' ? flattenItems(block.items).map((item) => item.text) : [];
}

const flattenItems = (items: readonly ImportedItem[]): ImportedItem[] => items.flatMap((item) => [item, ...flattenItems(item.items)]);

function importBlocks(blocks: readonly SourceBlock[], nestingMayBeLost: boolean, notes: string[]): ImportedBlock[] {
  const result: ImportedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'list') {
      result.push(importList(block, nestingMayBeLost, notes));
    } else if (block.kind === 'paragraph') {
      const text = proseOf(block.lines);
      const next = blocks[i + 1];
      if (next?.kind === 'list' && isGroupLabel(text)) {
        result.push({ type: 'group', label: text, blocks: [importList(next, nestingMayBeLost, notes)] });
        i++;
      } else {
        result.push({ type: 'paragraph', text });
      }
    }
  }
  return result;
}

function importList(list: Extract<SourceBlock, { kind: 'list' }>, nestingMayBeLost: boolean, notes: string[]): ImportedBlock {
  const flat = list.items.every((item) => item.items.length === 0);
  return { type: 'list', ordered: list.ordered, items: nestingMayBeLost && flat ? inferNesting(list.items, notes) : list.items };
}

/**
 * Plain text shows no indentation, but an item that announces "two … implementations:" owns the
 * items after it. Any other item ending in a colon may own some too: say so rather than guess.
 */
function inferNesting(items: readonly ImportedItem[], notes: string[]): ImportedItem[] {
  const result: ImportedItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const count = announcedCount(item.text);
    if (count !== undefined && i + count < items.length) {
      result.push({ text: item.text, items: items.slice(i + 1, i + 1 + count) });
      notes.push(`nested the ${count} items after “${shorten(item.text)}” under it, as its text announces them: indent sub-items in the file if that is wrong`);
      i += count;
    } else {
      if (/:$/.test(plain(item.text)) && i < items.length - 1) {
        notes.push(`list item “${shorten(item.text)}” ends with a colon: if items after it belong to it, indent them in the file and import again`);
      }
      result.push(item);
    }
  }
  return result;
}
