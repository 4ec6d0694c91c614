/** A PDF's text read back with pdf.js (not our writer's code): runs with their places, the body, the two columns of a parallel edition. */
import { readFile } from 'node:fs/promises';
import { isHanCharacter } from '../../fonts/index.js';
import { compactText, joinLines, type ExtractedText } from '../common/text.js';

interface PdfFont {
  name?: string;
}

/** One run of text on a PDF page, with its position (points from the bottom-left corner). */
export interface PdfTextItem {
  page: number;
  x: number;
  y: number;
  str: string;
  hasEOL: boolean;
  bold: boolean;
  /** Font size in points (the run's height). */
  size: number;
  /** Size of the item's page (A4, Letter …), in points. */
  pageWidth: number;
  pageHeight: number;
}

/** Every text run of a PDF in reading order, page by page. */
export async function pdfTextItems(file: string): Promise<PdfTextItem[]> {
  // Loaded on first use: pdf.js is large, and a build never needs it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(file));
  const pdf = await getDocument({ data, verbosity: 0 }).promise;
  const items: PdfTextItem[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , pageWidth, pageHeight] = page.view as [number, number, number, number];
    await page.getOperatorList(); // loads the fonts so their names can be read
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item)) continue;
      const font = page.commonObjs.get(item.fontName) as PdfFont;
      items.push({ page: n, x: item.transform[4], y: item.transform[5], str: item.str, hasEOL: item.hasEOL, bold: /bold/i.test(font?.name ?? ''), pageWidth, pageHeight, size: item.height });
    }
    items.push({ page: n, x: 0, y: 0, str: '', hasEOL: true, bold: false, pageWidth, pageHeight, size: 0 }); // page end
  }
  await pdf.destroy();
  return items;
}

/** Items joined as a reader would: a line ending in a hyphen, or next to Chinese, joins without a space. */
export function joinPdfText(items: readonly PdfTextItem[]): string {
  return joinLines(items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
}

/** Running headers and footers sit in the top and bottom margins of a page (points from its bottom and top). */
const BODY_BOTTOM = 60;
const HEADER_DEPTH = 52;

/** Whether an item is body text (or a line end), not a running header or footer. */
export const isBodyItem = (item: PdfTextItem): boolean => item.str === '' || (item.y >= BODY_BOTTOM && item.y <= item.pageHeight - HEADER_DEPTH);

/**
 * PDF text by page. `text` is the body only: items in the top and bottom margins (running header and
 * footer) are left out, and a line that ends in a hyphen is joined to the next without a space, as a reader would.
 */
export async function pdfText(file: string): Promise<ExtractedText & { pages: string[] }> {
  const items = await pdfTextItems(file);
  const pageCount = items.at(-1)?.page ?? 0;
  const pages = Array.from({ length: pageCount }, (_, i) => items.filter((item) => item.page === i + 1).map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
  const body = items.filter(isBodyItem);
  // Spaces and line ends belong to both; other text to `bold` only when set in a bold face.
  const bold = body.map((item) => (item.str.trim() === '' || item.bold ? item : { ...item, str: ' ' }));
  return { pages, text: joinPdfText(body), bold: joinPdfText(bold) };
}

export interface PdfColumn {
  text: string;
  /** Where each line starts in `text`, and where it sits on the page. */
  lines: { offset: number; page: number; y: number }[];
}


/** The text of one column of a two-column PDF, line by line, joined as a reader would join it. */
function pdfColumn(items: PdfTextItem[], left: boolean, middle: number): PdfColumn {
  const mine = items.filter((item) => item.str !== '' && isBodyItem(item) && item.x < middle === left);
  const lines: { page: number; y: number; text: string }[] = [];
  for (const item of mine) {
    const last = lines.at(-1);
    if (last && last.page === item.page && Math.abs(last.y - item.y) < 1) last.text += item.str;
    else lines.push({ page: item.page, y: item.y, text: item.str });
  }
  const result: PdfColumn = { text: '', lines: [] };
  for (const line of lines) {
    const text = compactText(line.text);
    const joined = result.text === '' || result.text.endsWith('-') || isHanCharacter(result.text.at(-1)!) || isHanCharacter(text[0]!);
    result.text += joined ? '' : ' ';
    result.lines.push({ offset: result.text.length, page: line.page, y: line.y });
    result.text += text;
  }
  return result;
}

/** The left and right columns of a two-column PDF (a parallel edition), split at `middle` points. */
export function pdfColumns(items: PdfTextItem[], middle: number): [PdfColumn, PdfColumn] {
  return [pdfColumn(items, true, middle), pdfColumn(items, false, middle)];
}
