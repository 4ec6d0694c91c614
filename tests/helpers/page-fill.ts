/**
 * How full the pages of a PDF are: for every page, the share of the body's height left empty below
 * its lowest line of text. The body is the page less its top and bottom margins, so running headers
 * and footers (which sit in the margins) do not count. Lines come from poppler's `pdftotext
 * -bbox-layout` (client suite) or from pdf.js (npm test), two readers we did not write.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { PdfTextItem } from '../../src/writers/pdf/read.js';

type Element = DefaultTreeAdapterMap['element'];

/** A line of text on a page: its top and bottom in points from the top of the page, and its text. */
export interface TextLine {
  top: number;
  bottom: number;
  text: string;
}

export interface PageLines {
  height: number;
  lines: TextLine[];
}

/** The margins around the body, in points. */
export interface BodyMargins {
  top: number;
  bottom: number;
}

export interface PageFill {
  /** Unused share of each page's body below its last line (0–1), by page number from 1. */
  unused: number[];
  /** The same for the pages measured (not the last page of a part), and their mean and maximum. */
  measured: { page: number; unused: number }[];
  mean: number;
  max: number;
}

const children = (node: Element, tag: string): Element[] =>
  node.childNodes.flatMap((child) => ('tagName' in child ? (child.tagName === tag ? [child] : children(child, tag)) : []));
const numberAttr = (node: Element, name: string): number => Number(node.attrs.find((a) => a.name === name)?.value);
const textOf = (node: Element): string =>
  node.childNodes.map((child) => ('tagName' in child ? textOf(child) : 'value' in child ? (child as { value: string }).value : '')).join('');

/** Lines of every page, from `pdftotext -bbox-layout` (poppler). */
export async function popplerLines(file: string): Promise<PageLines[]> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const document = parse(stdout) as unknown as Element;
  return children(document, 'page').map((page) => ({
    height: numberAttr(page, 'height'),
    lines: children(page, 'line').map((line) => ({
      top: numberAttr(line, 'ymin'),
      bottom: numberAttr(line, 'ymax'),
      text: children(line, 'word').map(textOf).join(' '),
    })),
  }));
}

/**
 * Lines of every page from pdf.js text items: a run's baseline less a fifth of its size for the
 * descenders. Cheaper than poppler, for npm test.
 */
export function pdfjsLines(items: readonly PdfTextItem[], pageHeight: number): PageLines[] {
  const pages: PageLines[] = [];
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const page = (pages[item.page - 1] ??= { height: pageHeight, lines: [] });
    const baseline = pageHeight - item.y;
    page.lines.push({ top: baseline - item.size, bottom: baseline + item.size * 0.2, text: item.str });
  }
  return Array.from({ length: items.at(-1)?.page ?? 0 }, (_, i) => pages[i] ?? { height: pageHeight, lines: [] });
}

/**
 * Unused space at the foot of each page's body. `partEnds` says which pages end a part of the
 * document on purpose (the cover; the page before an annex that starts on a new page), given the
 * body lines of the page that follows; those pages and the last page are not measured.
 */
export function pageFill(pages: readonly PageLines[], margins: BodyMargins, partEnds: (page: number, nextBody: readonly TextLine[]) => boolean = () => false): PageFill {
  const bodies = pages.map((page) => {
    const bodyBottom = page.height - margins.bottom;
    return page.lines.filter((line) => line.top < bodyBottom && line.bottom > margins.top).sort((a, b) => a.top - b.top);
  });
  const unused = pages.map((page, i) => {
    const bodyBottom = page.height - margins.bottom;
    const lowest = Math.max(margins.top, ...bodies[i]!.map((line) => Math.min(line.bottom, bodyBottom)));
    return (bodyBottom - lowest) / (bodyBottom - margins.top);
  });
  const measured = unused.map((u, i) => ({ page: i + 1, unused: u })).filter(({ page }) => page < pages.length && !partEnds(page, bodies[page]!));
  const shares = measured.map((m) => m.unused);
  return { unused, measured, mean: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : 0, max: Math.max(0, ...shares) };
}

/** A part that starts on a page of its own: the next page's body opens with one of `headings`. */
export const opensWith =
  (headings: readonly string[]) =>
  (_page: number, nextBody: readonly TextLine[]): boolean =>
    nextBody.slice(0, 2).some((line) => headings.some((h) => line.text.startsWith(h)));
