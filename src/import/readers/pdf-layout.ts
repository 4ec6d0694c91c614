/**
 * From positioned text runs to the intermediate document, as a reader sees a page: runs make
 * lines; running headers, footers and page numbers are dropped; two-column pages are read column
 * by column; lines join into paragraphs (a word hyphenated at a line end is whole again); larger
 * or bold short lines are headings; indented runs of lines are list items; rows of aligned cells
 * are tables.
 */
import { endsSentence } from '../heuristics.js';
import { splitMarker } from '../markers.js';
import { joinLines, plain, tidyLines, wrapInline } from '../rich-text.js';
import type { SourceBlock, SourceItem } from '../source-document.js';

/** One text run: position of its baseline start in points from the page's bottom-left corner. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfRun[];
}

/** A line, or one cell of a row where a wide gap splits the line. */
interface Line {
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
  bold: boolean;
  /** Set in an italic face throughout: a change of face between lines separates blocks (a venue under a date). */
  italic: boolean;
}

/** Header and footer bands: this share of the page height at the top and at the bottom. */
const MARGIN_BAND = 0.1;
/** A gap this many font sizes wide splits a line into cells (table columns, two page columns). */
const CELL_GAP = 1.2;

export function layoutPages(pages: readonly PdfPage[]): { blocks: SourceBlock[] } {
  const lines = dropRunningLines(pages.map((page, n) => pageLines(page, n)), pages);
  const bodySize = mostCommonSize(lines.flat());
  return { blocks: toBlocks(lines.flatMap(pageBoxes), bodySize) };
}

/** Runs grouped into lines by baseline, split into cells at wide gaps, top to bottom. */
function pageLines(page: PdfPage, n: number): Line[] {
  const runs = page.runs.filter((run) => run.text.trim() !== '' || run.width > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfRun[][] = [];
  for (const run of runs) {
    const row = rows.find((r) => Math.abs(r[0]!.y - run.y) < Math.max(r[0]!.size, run.size) * 0.4);
    if (row) row.push(run);
    else rows.push([run]);
  }
  return rows
    .sort((a, b) => b[0]!.y - a[0]!.y)
    .flatMap((row) => cells(row.sort((a, b) => a.x - b.x)).map((cell) => lineOf(cell, n)))
    .filter((line) => line.text !== '');
}

/** A row's runs cut at wide gaps; space runs are left out (pdf.js gives a gap between table cells as one wide space), spacing is restored from positions. */
function cells(row: PdfRun[]): PdfRun[][] {
  const result: PdfRun[][] = [];
  for (const run of row.filter((r) => r.text.trim() !== '')) {
    const last = result.at(-1)?.at(-1);
    const gap = last ? run.x - (last.x + last.width) : 0;
    if (!last || gap > CELL_GAP * Math.max(run.size, last.size)) result.push([run]);
    else result.at(-1)!.push(run);
  }
  return result;
}

function lineOf(runs: PdfRun[], page: number): Line {
  let text = '';
  runs.forEach((run, i) => {
    const previous = runs[i - 1];
    const gap = previous ? run.x - (previous.x + previous.width) : 0;
    if (previous && gap > run.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.bold ? wrapInline('strong', run.text) : run.text;
  });
  const visible = runs.filter((run) => run.text.trim() !== '');
  return {
    page,
    x0: visible[0]?.x ?? runs[0]!.x,
    x1: Math.max(...runs.map((run) => run.x + run.width)),
    y: runs[0]!.y,
    size: Math.max(...visible.map((run) => run.size)),
    text: tidyLines(text).join(' '),
    bold: visible.length > 0 && visible.every((run) => run.bold),
    italic: visible.length > 0 && visible.every((run) => run.italic),
  };
}

/** A page number alone ("3", "- 3 -", "Page 3 of 9", "3/9"). */
const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$/i;

/**
 * Lines in the top and bottom bands that repeat on other pages (numbers aside) are running
 * headers and footers; a page number there goes too.
 */
function dropRunningLines(pages: Line[][], geometry: readonly PdfPage[]): Line[][] {
  const inBand = (line: Line): boolean => {
    const { height } = geometry[line.page]!;
    return line.y > height * (1 - MARGIN_BAND) || line.y < height * MARGIN_BAND;
  };
  const key = (line: Line): string => plain(line.text).replace(/\d+/g, '#').trim();
  const seen = new Map<string, Set<number>>();
  for (const line of pages.flat().filter(inBand)) seen.set(key(line), (seen.get(key(line)) ?? new Set()).add(line.page));
  const repeats = (line: Line): boolean => pages.length > 1 && (seen.get(key(line))?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => lines.filter((line) => !(inBand(line) && (repeats(line) || PAGE_NUMBER.test(plain(line.text).trim())))));
}

/** The size most characters are set in: the body text. */
function mostCommonSize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) weight.set(Math.round(line.size * 2) / 2, (weight.get(Math.round(line.size * 2) / 2) ?? 0) + plain(line.text).length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const sameRow = (a: Line, b: Line): boolean => a.page === b.page && Math.abs(a.y - b.y) < Math.min(a.size, b.size) * 0.4;

/** A line or a table, placed on its page. */
type Box = { line: Line; table?: undefined } | { table: { block: SourceBlock; lines: Line[] }; line?: undefined };

interface Bounds {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

function boundsOf(box: Box): Bounds {
  const lines = box.table ? box.table.lines : [box.line!];
  return {
    x0: Math.min(...lines.map((l) => l.x0)),
    x1: Math.max(...lines.map((l) => l.x1)),
    top: Math.max(...lines.map((l) => l.y + l.size * 0.8)),
    bottom: Math.min(...lines.map((l) => l.y - l.size * 0.25)),
  };
}

const sizeOf = (box: Box): number => (box.line ?? box.table!.lines[0]!).size;

/**
 * A page in reading order, by recursive XY-cut: where a vertical gap runs through everything (two
 * columns, or a letterhead's left and right blocks) the left part is read before the right;
 * otherwise the page is cut into bands at horizontal gaps, and bands that share one column gap
 * (the rows of two-column text) are read as one.
 */
function readingOrder(boxes: Box[]): Box[] {
  if (boxes.length < 2) return boxes;
  const columns = verticalCut(boxes);
  if (columns) return [...readingOrder(columns[0]), ...readingOrder(columns[1])];
  const bands = mergeColumnBands(horizontalBands(boxes));
  if (bands.length === 1) return [...boxes].sort((a, b) => boundsOf(b).top - boundsOf(a).top || boundsOf(a).x0 - boundsOf(b).x0);
  return bands.flatMap(readingOrder);
}

/** The widest vertical gap that no box crosses; undefined when there is none. */
function verticalGap(boxes: readonly Box[]): { x0: number; x1: number } | undefined {
  if (boxes.length < 2) return undefined;
  const spans = boxes.map(boundsOf).sort((a, b) => a.x0 - b.x0);
  const size = Math.min(...boxes.map(sizeOf));
  let reach = spans[0]!.x1;
  let best: { x0: number; x1: number } | undefined;
  for (const span of spans.slice(1)) {
    if (span.x0 - reach > size * 1.2 && (!best || span.x0 - reach > best.x1 - best.x0)) best = { x0: reach, x1: span.x0 };
    reach = Math.max(reach, span.x1);
  }
  return best;
}

function verticalCut(boxes: readonly Box[]): [Box[], Box[]] | undefined {
  const gap = verticalGap(boxes);
  if (!gap) return undefined;
  return [boxes.filter((box) => boundsOf(box).x1 <= gap.x0), boxes.filter((box) => boundsOf(box).x0 >= gap.x1)];
}

/** Boxes grouped top to bottom, a new group wherever a horizontal gap runs across them all. */
function horizontalBands(boxes: readonly Box[]): Box[][] {
  const sorted = [...boxes].sort((a, b) => boundsOf(b).top - boundsOf(a).top);
  const bands: Box[][] = [];
  let floor = Infinity;
  for (const box of sorted) {
    const bounds = boundsOf(box);
    if (bands.length === 0 || bounds.top < floor) {
      bands.push([box]);
      floor = bounds.bottom;
    } else {
      bands.at(-1)!.push(box);
      floor = Math.min(floor, bounds.bottom);
    }
  }
  return bands;
}

/** Consecutive bands with the same column gap are one stretch of columns. */
function mergeColumnBands(bands: Box[][]): Box[][] {
  const merged: { boxes: Box[]; gap?: { x0: number; x1: number } }[] = [];
  for (const band of bands) {
    const gap = verticalGap(band);
    const last = merged.at(-1);
    if (gap && last?.gap && gap.x0 < last.gap.x1 && last.gap.x0 < gap.x1) {
      last.boxes.push(...band);
      last.gap = { x0: Math.max(gap.x0, last.gap.x0), x1: Math.min(gap.x1, last.gap.x1) };
    } else {
      merged.push({ boxes: [...band], gap });
    }
  }
  return merged.map((stretch) => stretch.boxes);
}

interface LineGroup {
  lines: Line[];
}

/** A page's lines and tables in reading order: tables are found first, so that XY-cut never reads a table column by column. */
function pageBoxes(lines: readonly Line[]): Box[] {
  if (lines.length === 0) return [];
  const boxes: Box[] = [];
  const width = Math.max(...lines.map((l) => l.x1)) - Math.min(...lines.map((l) => l.x0));
  for (let i = 0; i < lines.length; ) {
    const table = tableAt(lines, i, width);
    if (table) {
      boxes.push({ table: { block: table.block, lines: lines.slice(i, table.next) } });
      i = table.next;
    } else {
      // Cells of one row outside a table are one line again ("ORIGINAL:   ENGLISH"), unless both are long (two text columns).
      let line = lines[i]!;
      for (i++; i < lines.length && sameRow(line, lines[i]!) && Math.min(line.x1 - line.x0, lines[i]!.x1 - lines[i]!.x0) < width * 0.25; i++) {
        line = { ...line, x1: lines[i]!.x1, text: `${line.text} ${lines[i]!.text}`, bold: line.bold && lines[i]!.bold, italic: line.italic && lines[i]!.italic };
      }
      boxes.push({ line });
    }
  }
  return readingOrder(boxes);
}

type Part = { group: LineGroup; heading?: number } | { table: SourceBlock };

/** Lines to blocks: paragraphs, headings, list items and tables. */
function toBlocks(boxes: readonly Box[], bodySize: number): SourceBlock[] {
  const lines = boxes.flatMap((box) => (box.line ? [box.line] : []));
  const { left, right } = textEdges(lines);
  const pitch = linePitch(lines);
  const keep = hyphenatedWords(lines);
  const parts: Part[] = [];
  for (let i = 0; i < boxes.length; ) {
    const box = boxes[i]!;
    if (box.table) {
      parts.push({ table: box.table.block });
      i++;
      continue;
    }
    const group = groupAt(boxes, i, pitch, left, right);
    i += group.lines.length;
    parts.push({ group, heading: headingLevel(group, bodySize) });
  }
  markTitle(parts, bodySize, left, right);
  const blocks: SourceBlock[] = [];
  let items: { depth: number; text: string; lines: number }[] = [];
  // Indented groups are list items (bullets drawn as shapes leave no text) when one of them has a
  // hanging indent over several lines; single indented lines alone are paragraphs set indented.
  const flushItems = (): void => {
    if (items.some((item) => item.lines > 1)) blocks.push({ kind: 'list', ordered: false, items: nest(items) });
    else blocks.push(...items.map((item): SourceBlock => ({ kind: 'paragraph', lines: [item.text] })));
    items = [];
  };
  for (const part of parts) {
    if ('table' in part) {
      flushItems();
      blocks.push(part.table);
      continue;
    }
    const { group, heading } = part;
    const text = joinWrapped(group.lines.map((l) => l.text), keep);
    const first = group.lines[0]!;
    if (heading !== undefined) {
      flushItems();
      blocks.push({ kind: 'heading', level: heading, text });
    } else if (!isCentered(group, left, right) && first.x0 - left < (right - left) * 0.25 && group.lines.every((l) => l.x0 - left > first.size * 1.2) && !splitMarker(text)) {
      items.push({ depth: first.x0 - left, text, lines: group.lines.length });
    } else {
      flushItems();
      blocks.push({ kind: 'paragraph', lines: [text] });
    }
  }
  flushItems();
  return blocks;
}

/**
 * The title: the first centered line group on the first page that is set larger than the text,
 * or (as typewritten and scanned documents set it) in capitals or bold with a few words.
 */
function markTitle(parts: Part[], bodySize: number, left: number, right: number): void {
  const firstPage = parts.flatMap((part) => ('group' in part && part.group.lines[0]!.page === 0 ? [part] : []));
  const title = firstPage.find((part) => {
    const text = plain(joinWrapped(part.group.lines.map((l) => l.text)));
    const words = text.split(/\s+/).length;
    const size = part.group.lines[0]!.size;
    const capitals = !/\p{Ll}/u.test(text) || part.group.lines.every((line) => line.bold);
    const stands = (size > bodySize * 1.15 && words >= 2) || (capitals && words >= 3 && size >= bodySize * 0.9);
    return isCentered(part.group, left, right) && stands && !endsSentence(text);
  });
  if (title === undefined) return;
  // One title: headings set as large above it (a letterhead) are of a lower rank.
  for (const part of firstPage) if (part !== title && part.heading === 1) part.heading = 2;
  title.heading = 1;
}

/**
 * The left and right edges of the running text: the leftmost edge that several lines start at
 * (a letterhead or a stamp further left does not count), and the rightmost line end.
 */
function textEdges(lines: readonly Line[]): { left: number; right: number } {
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.x0 / 2), (starts.get(Math.round(line.x0 / 2)) ?? 0) + 1);
  const shared = [...starts].filter(([, count]) => count >= 3).map(([x]) => x * 2);
  return { left: shared.length > 0 ? Math.min(...shared) : Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map((l) => l.x1)) };
}

/** The usual distance between the baselines of two lines of one paragraph. */
function linePitch(lines: readonly Line[]): number {
  const steps = lines.slice(1).flatMap((line, i) => {
    const previous = lines[i]!;
    const step = previous.y - line.y;
    const sameColumn = Math.abs(previous.x0 - line.x0) < 1 && Math.abs(previous.size - line.size) < 0.5;
    return previous.page === line.page && sameColumn && step > 0 && step < previous.size * 2 ? [step] : [];
  });
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? 12;
}

/**
 * The lines from `start` that make one block: the next line belongs to it when it follows at the
 * usual pitch, in the same size, at the same left edge (or the paragraph's first line was indented),
 * and does not start with a list marker.
 */
function groupAt(boxes: readonly Box[], start: number, pitch: number, left: number, right: number): LineGroup {
  const group: Line[] = [boxes[start]!.line!];
  for (let i = start + 1; i < boxes.length; i++) {
    const previous = group.at(-1)!;
    const line = boxes[i]!.line;
    if (line === undefined) break;
    const samePage = line.page === previous.page;
    const step = previous.y - line.y;
    const sameSize = Math.abs(line.size - previous.size) < previous.size * 0.1;
    const centered = isCentered({ lines: [previous] }, left, right) && isCentered({ lines: [line] }, left, right);
    const firstLineIndent = group.length === 1 && previous.x0 > line.x0 && previous.x0 - line.x0 < previous.size * 4;
    // Within a paragraph the lines keep their spacing (double-spaced typescript too); a wider step starts another.
    const groupStep = group.length >= 2 ? group[0]!.y - group[1]!.y : undefined;
    const usualStep = step > 0 && (step < pitch * 1.35 || (groupStep !== undefined && Math.abs(step - groupStep) < groupStep * 0.15) || (firstLineIndent && step < previous.size * 2));
    const followsClosely = samePage ? usualStep : !endsSentence(previous.text);
    const aligned = Math.abs(line.x0 - previous.x0) < previous.size * 0.8 || firstLineIndent || centered;
    // A line that stops well short of the right edge ends its paragraph (unless the lines are centered).
    const endsShort = !centered && previous.x1 < right - (right - left) * 0.2;
    if (!followsClosely || !sameSize || !aligned || endsShort || splitMarker(line.text) || previous.italic !== line.italic) break;
    group.push(line);
  }
  return { lines: group };
}

/** Every line stands clear of both edges by about as much on each side (an indented full line does not). */
const isCentered = (group: LineGroup, left: number, right: number): boolean =>
  group.lines.every((line) => line.x0 - left > Math.max(line.size * 2, (right - left) * 0.1) && Math.abs((line.x0 + line.x1) / 2 - (left + right) / 2) < (right - left) * 0.05);

/** Larger than the body text, or bold and short without closing punctuation: a heading, level by size. */
function headingLevel(group: LineGroup, bodySize: number): number | undefined {
  const text = plain(joinWrapped(group.lines.map((l) => l.text)));
  const size = group.lines[0]!.size;
  const short = group.lines.length <= 3 && text.length <= 150 && !/[.;:,。；：，]$/.test(text.trim());
  if (size > bodySize * 1.15 && short) return size > bodySize * 1.6 ? 1 : size > bodySize * 1.3 ? 2 : 3;
  if (group.lines.every((line) => line.bold) && short && group.lines.length <= 2) return 3;
  return undefined;
}

/** Words the document writes with a hyphen inside a line ("long-term"): at a line end they keep it. */
function hyphenatedWords(lines: readonly Line[]): Set<string> {
  return new Set(lines.flatMap((line) => plain(line.text).toLowerCase().match(/\p{L}+(?:-\p{L}+)+/gu) ?? []));
}

/**
 * Lines of a paragraph as one text. A word broken at a line end ("inter-" / "national") is whole
 * again, unless the document writes it with its hyphen elsewhere ("long-term") or the next line
 * starts with a capital ("U.S.-" / "China", "Co-" / "President"): then the hyphen stays, without a space.
 */
function joinWrapped(texts: readonly string[], keep: ReadonlySet<string> = new Set()): string {
  const joined: string[] = [];
  for (const text of texts) {
    const previous = joined.at(-1);
    const broken = previous === undefined ? null : /(\p{L}+)-$/u.exec(plain(previous));
    if (previous !== undefined && broken && /^\p{L}/u.test(plain(text))) {
      const next = /^\p{L}+/u.exec(plain(text))![0];
      const keepHyphen = !/^\p{Ll}/u.test(next) || keep.has(`${broken[1]}-${next}`.toLowerCase());
      joined[joined.length - 1] = `${keepHyphen ? previous : previous.slice(0, -1)}${text}`;
    } else {
      joined.push(text);
    }
  }
  return tidyLines(joinLines(joined)).join(' ');
}

/** Items at increasing indentation nest: a deeper item belongs to the item above it. */
function nest(flat: readonly { depth: number; text: string }[]): SourceItem[] {
  const root: SourceItem[] = [];
  const stack: { depth: number; items: SourceItem[] }[] = [{ depth: -Infinity, items: root }];
  for (const { depth, text } of flat) {
    while (stack.length > 1 && depth <= stack.at(-1)!.depth + 2) {
      if (Math.abs(depth - stack.at(-1)!.depth) <= 2) {
        stack.pop();
        break;
      }
      stack.pop();
    }
    const item: SourceItem = { text, items: [] };
    stack.at(-1)!.items.push(item);
    stack.push({ depth, items: item.items });
  }
  return root;
}

/**
 * Two or more consecutive rows of two or more cells starting at the same columns make a table; a
 * line with only a later column's cell continues that cell of the row above (wrapped text).
 */
function tableAt(lines: readonly Line[], start: number, pageWidth: number): { block: SourceBlock; next: number } | undefined {
  const rowAt = (i: number): Line[] => {
    const row = [lines[i]!];
    while (i + row.length < lines.length && sameRow(row[0]!, lines[i + row.length]!)) row.push(lines[i + row.length]!);
    return row;
  };
  const first = rowAt(start);
  if (first.length < 2) return undefined;
  const columns = first.map((cell) => cell.x0);
  const columnOf = (cell: Line): number => columns.findIndex((x) => Math.abs(x - cell.x0) < cell.size * 1.5);
  const rows: string[][] = [];
  const header = first.every((cell) => cell.bold);
  let i = start;
  while (i < lines.length) {
    const row = rowAt(i);
    const places = row.map(columnOf);
    if (places.some((p) => p === -1)) break;
    if (row.length >= 2 && places[0] === 0) {
      const cellsOfRow = columns.map(() => '');
      row.forEach((cell, c) => (cellsOfRow[places[c]!] = cell.text));
      rows.push(cellsOfRow);
    } else if (rows.length > 0 && places.every((p) => p > 0) && lines[i - 1]!.y - row[0]!.y < row[0]!.size * 1.8) {
      const above = rows.at(-1)!;
      row.forEach((cell, c) => (above[places[c]!] = joinWrapped([above[places[c]!]!, cell.text])));
    } else break;
    i += row.length;
  }
  if (rows.length < 2) return undefined;
  // Two columns of running text line up too; a table's first column is narrow (names, terms).
  const firstCells = lines.slice(start, i).filter((line) => Math.abs(line.x0 - columns[0]!) < line.size * 1.5);
  if (firstCells.reduce((sum, cell) => sum + cell.x1 - cell.x0, 0) / firstCells.length > pageWidth * 0.35) return undefined;
  return { block: { kind: 'table', rows, header }, next: i };
}
