/**
 * From the intermediate document any reader made to what the agreement is: the title block,
 * sections (headings the file marks, numbered headings such as "Article 1" or "第一条", bold
 * headings, and short unpunctuated lines when the file marks none), lists from markers with their
 * nesting, labelled groups, tables, the participants lists and tables, and footnotes. The same
 * steps serve English and translations, so that they align.
 */
import { announcedCount, isGroupLabel, isHeadingLike, looksLikeDateLine } from './heuristics.js';
import type { ImportedBlock, ImportedDelegation, ImportedDocument, ImportedItem } from './imported-document.js';
import { buildList, markedEntry, type MarkedEntry } from './lists.js';
import { splitMarker } from './markers.js';
import { joinPageBreaks } from './page-breaks.js';
import { isParticipantsList, namesNoDelegation, parsePerson, participantsTable } from './participants.js';
import { plain, proseOf, shorten } from './rich-text.js';
import type { SourceBlock, SourceDocument } from './source-document.js';
import { NUMBERED_HEADING, PARTICIPANT_HEADING } from './vocabulary.js';

interface RawSection {
  heading?: string;
  blocks: SourceBlock[];
}

export function structure(source: SourceDocument): ImportedDocument {
  const notes: string[] = [];
  // When the file marks headings (Markdown #, Word heading styles), trust it and guess no unmarked ones.
  const marksHeadings = source.blocks.some((block, i) => i > 0 && block.kind === 'heading');
  const blocks = joinPageBreaks(source.blocks).map((block, i, all) => headingByLookOrNumber(block, all[i + 1]));
  const { titleLines, body } = splitTitleBlock(blocks);
  const withHeadings = marksHeadings ? body : body.map(promoteHeadingLike);

  const document: ImportedDocument = { titleLines, sections: [], delegations: [], notes, ...(source.metadataTitle ? { metadataTitle: source.metadataTitle } : {}) };
  for (const raw of mergeEmptySections(splitSections(withHeadings), notes)) {
    const lines = raw.blocks.flatMap(linesOf);
    if (raw.heading !== undefined && raw.blocks.every((block) => block.kind !== 'table') && isParticipantsList(raw.heading, lines)) {
      document.delegations.push({ ...delegationHeading(raw.heading), people: lines.map(parsePerson) });
      continue;
    }
    // A participants table takes its section's heading only when that heading is about participants.
    const tableHeading = raw.heading !== undefined && PARTICIPANT_HEADING.test(raw.heading) ? raw.heading : undefined;
    const blocks = importBlocks(raw.blocks, source.nestingMayBeLost, notes, (people) => document.delegations.push({ ...delegationHeading(tableHeading), people }));
    if (blocks.length > 0) document.sections.push({ heading: raw.heading, blocks });
  }
  if (source.footnotes.length > 0) {
    document.sections.push({ role: 'notes', blocks: [{ type: 'list', ordered: true, printed: true, items: source.footnotes.map((text) => ({ text, items: [] })) }] });
  }
  return document;
}

/** "Participants" names no delegation: the list is untitled, as the templates print that word themselves. */
const delegationHeading = (heading: string | undefined): Pick<ImportedDelegation, 'heading'> =>
  heading === undefined || namesNoDelegation(heading) ? {} : { heading };

/**
 * A one-line paragraph that numbers a part of the document ("Article 1", "Section 2 – Scope.",
 * "第一条", "I. Principles", "3. Next Steps" before running text), or that is set entirely in bold
 * and reads like a heading, is a heading.
 */
function headingByLookOrNumber(block: SourceBlock, next: SourceBlock | undefined): SourceBlock {
  if (block.kind !== 'paragraph' || block.lines.length !== 1) return block;
  const line = block.lines[0]!;
  const text = plain(line).trim();
  const words = text.split(/\s+/).length;
  const numbered = NUMBERED_HEADING.test(text) && words <= 14;
  const marker = splitMarker(text);
  const nextIsRunningText = next?.kind === 'paragraph' && splitMarker(proseOf(next.lines)) === undefined;
  const romanOrNumber = marker !== undefined && /^(?:upper-roman|decimal)[.．]$/.test(marker.marker.family) && isHeadingLike(marker.rest) && words <= 10 && nextIsRunningText;
  const bold = /^<strong>[^<]*<\/strong>$/.test(line) && isHeadingLike(line) && !looksLikeDateLine(line);
  return numbered || romanOrNumber || bold ? { kind: 'heading', level: 2, text } : block;
}

/**
 * The leading short lines (and at most one heading): dialogue, title, date, venue. A date line
 * ends the block together with the line after it (the venue); later short lines are headings.
 */
function splitTitleBlock(all: readonly SourceBlock[]): { titleLines: string[]; body: SourceBlock[] } {
  // Short lines above a title (a letterhead, a stamp, a document symbol) are text that comes first.
  const title = all.findIndex((block) => block.kind === 'heading' && block.level === 1);
  // One or two lines right above the title name the dialogue; more are a letterhead.
  const above = title > 2 && all.slice(0, title).every((block) => block.kind !== 'list' && block.kind !== 'table' && linesOf(block).every((line) => plain(line).length <= 80)) ? title : 0;
  const preface = all.slice(0, above).map((block): SourceBlock => (block.kind === 'heading' ? { kind: 'paragraph', lines: [block.text] } : block));
  const blocks = all.slice(above);
  const lines: string[] = [];
  let taken = 0;
  let headings = 0;
  for (const block of blocks) {
    // "# Dialogue" then "## Consensus Statement": a second heading straight after the first may be the title.
    const titleHeading = block.kind === 'heading' && (headings === 0 || (headings === 1 && taken === 1)) && !NUMBERED_HEADING.test(block.text);
    if (titleHeading) {
      headings++;
      lines.push(block.text);
    } else if (block.kind === 'paragraph' && block.lines.every((line) => isHeadingLike(line) || looksLikeDateLine(line))) {
      lines.push(...block.lines);
    } else {
      break;
    }
    taken++;
  }
  const date = lines.findIndex(looksLikeDateLine);
  // Without a date line under it, the second heading opens the text ("# Declaration", "## Preamble").
  if (headings === 2 && date === -1) return { titleLines: [plain(lines[0]!).trim()], body: [...preface, ...blocks.slice(1)] };
  const end = date === -1 ? lines.length : Math.min(lines.length, date + 2);
  const giveBack = lines.slice(end).map((line): SourceBlock => ({ kind: 'paragraph', lines: [line] }));
  return { titleLines: lines.slice(0, end).map((line) => plain(line).trim()), body: [...preface, ...giveBack, ...blocks.slice(taken)] };
}

const promoteHeadingLike = (block: SourceBlock): SourceBlock =>
  block.kind === 'paragraph' && block.lines.length === 1 && isHeadingLike(block.lines[0]!) && !splitMarker(block.lines[0]!) ? { kind: 'heading', level: 2, text: block.lines[0]! } : block;

function splitSections(blocks: readonly SourceBlock[]): RawSection[] {
  const sections: RawSection[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') sections.push({ heading: plain(block.text).trim(), blocks: [] });
    else if (sections.length === 0) sections.push({ blocks: [block] });
    else sections.at(-1)!.blocks.push(block);
  }
  return sections;
}

/**
 * A heading straight above another ("Part I" / "Article 1") titles the next section with it; a
 * bare "Participants" above the delegations' own headings is left out, since the templates print it.
 */
function mergeEmptySections(sections: readonly RawSection[], notes: string[]): RawSection[] {
  const merged: RawSection[] = [];
  let pending: string | undefined;
  for (const section of sections) {
    if (pending !== undefined && namesNoDelegation(pending) && section.heading !== undefined && PARTICIPANT_HEADING.test(section.heading)) pending = undefined;
    const heading = pending !== undefined && section.heading !== undefined ? `${pending}: ${section.heading}` : section.heading;
    if (pending !== undefined) notes.push(`heading “${pending}” has no text under it: joined to the next heading as “${heading}”`);
    pending = undefined;
    if (section.blocks.length === 0) pending = heading;
    else merged.push({ heading, blocks: section.blocks });
  }
  // A last short line with nothing under it (a document number, a signature) is text, not a heading.
  if (pending !== undefined) {
    const paragraph: SourceBlock = { kind: 'paragraph', lines: [pending] };
    if (merged.length > 0) merged.at(-1)!.blocks.push(paragraph);
    else merged.push({ blocks: [paragraph] });
  }
  return merged;
}

/** The lines of a section's blocks (headings start sections, so there are none inside). */
function linesOf(block: SourceBlock): string[] {
  if (block.kind === 'paragraph') return block.lines;
  return block.kind === 'list' ? flattenItems(block.items).map((item) => item.text) : [];
}

const flattenItems = (items: readonly ImportedItem[]): ImportedItem[] => items.flatMap((item) => [item, ...flattenItems(item.items)]);

/**
 * A paragraph's lines, cut where a line starts with a marker: "-- one" and "-- two" on
 * consecutive lines are two items, not one paragraph.
 */
function paragraphsOf(lines: readonly string[]): string[] {
  if (lines.length < 2 || !splitMarker(lines[0]!)) return [proseOf(lines)];
  const parts: string[][] = [];
  for (const line of lines) {
    if (parts.length === 0 || splitMarker(line)) parts.push([line]);
    else parts.at(-1)!.push(line);
  }
  return parts.map(proseOf);
}

function importBlocks(blocks: readonly SourceBlock[], nestingMayBeLost: boolean, notes: string[], addDelegation: (people: ReturnType<typeof parsePerson>[]) => void): ImportedBlock[] {
  const result: ImportedBlock[] = [];
  let entries: MarkedEntry[] = [];
  const flush = (): void => {
    if (entries.length === 0) return;
    const list = buildList(entries);
    result.push({ type: 'list', ...list });
    entries = [];
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const text of paragraphsOf(block.lines)) {
        const entry = markedEntry(text);
        if (entry) entries.push(entry);
        else {
          flush();
          result.push({ type: 'paragraph', text });
        }
      }
    } else if (block.kind === 'list') {
      const marked = block.items.map((item) => markedEntry(item.text, item.items));
      if (marked.every((entry) => entry !== undefined)) entries.push(...marked);
      else {
        flush();
        result.push(importList(block, nestingMayBeLost, notes));
      }
    } else if (block.kind === 'table') {
      flush();
      const people = participantsTable(block.rows);
      if (people) addDelegation(people);
      else result.push({ type: 'table', header: block.header, rows: block.rows });
    }
  }
  flush();
  return groupLabels(result);
}

/** "Raised by the Chinese team:" and the list right after it form a group. */
function groupLabels(blocks: readonly ImportedBlock[]): ImportedBlock[] {
  const result: ImportedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.type === 'paragraph' && next?.type === 'list' && isGroupLabel(block.text)) {
      result.push({ type: 'group', label: block.text, blocks: [next] });
      i++;
    } else {
      result.push(block);
    }
  }
  return result;
}

function importList(list: Extract<SourceBlock, { kind: 'list' }>, nestingMayBeLost: boolean, notes: string[]): ImportedBlock {
  const flat = list.items.every((item) => item.items.length === 0);
  return { type: 'list', ordered: list.ordered, printed: false, items: nestingMayBeLost && flat ? inferNesting(list.items, notes) : list.items };
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
