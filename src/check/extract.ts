/** Text back out of the three formats, by readers independent of our writers (pdf.js, mammoth, parse5). */
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Chinese lines join without a space: a line end next to a Han character or CJK punctuation. */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
const CJK_LINE_BREAK = new RegExp(`(?<=[${CJK}])\\n|\\n(?=[${CJK}])`, 'gu');

export interface ExtractedText {
  /** All text, whitespace collapsed. */
  text: string;
  /** Text set in a bold face (PDF, DOCX) or inside <strong> (HTML), whitespace collapsed. */
  bold: string;
}

interface PdfFont {
  name?: string;
}

/**
 * PDF text by page. `text` is the body only: items in the bottom margin (the running footer) are
 * left out, and a line that ends in a hyphen is joined to the next without a space, as a reader would.
 */
export async function pdfText(file: string, footerHeight = 60): Promise<ExtractedText & { pages: string[] }> {
  const data = new Uint8Array(await readFile(file));
  const pdf = await getDocument({ data, verbosity: 0 }).promise;
  const pages: string[] = [];
  let body = '';
  let bold = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    await page.getOperatorList(); // loads the fonts so their names can be read
    const content = await page.getTextContent();
    let pageText = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const piece = item.str + (item.hasEOL ? '\n' : '');
      pageText += piece;
      if (item.transform[5] < footerHeight) continue;
      body += piece;
      const font = page.commonObjs.get(item.fontName) as PdfFont;
      // Spaces and line ends belong to both; other text to `bold` only when set in a bold face.
      bold += item.str.trim() === '' || /bold/i.test(font?.name ?? '') ? piece : ' ';
    }
    pages.push(pageText);
    body += '\n';
    bold += '\n';
  }
  await pdf.destroy();
  const joinLines = (text: string): string => squash(text.replace(/-\n/g, '-').replace(CJK_LINE_BREAK, ''));
  return { pages, text: joinLines(body), bold: joinLines(bold) };
}

export async function docxText(file: string): Promise<ExtractedText & { html: string }> {
  const buffer = await readFile(file);
  const { value: raw } = await mammoth.extractRawText({ buffer });
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const strong = [...html.matchAll(/<strong>(.*?)<\/strong>/g)].map((m) => m[1]).join(' ');
  return { text: squash(raw), bold: squash(decodeEntities(strong)), html };
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

export function findAll(node: Node, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) findAll(child, test, found);
  return found;
}

export const attribute = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

export async function htmlText(file: string): Promise<ExtractedText & { document: DefaultTreeAdapterMap['document'] }> {
  const document = parse(await readFile(file, 'utf8'));
  const body = findAll(document, (e) => e.tagName === 'body')[0]!;
  const bold = findAll(body, (e) => e.tagName === 'strong').map(textContent).join(' ');
  return { document, text: squash(textContent(body)), bold: squash(bold) };
}
