/**
 * Word files: mammoth turns styles and numbering into HTML (headings by style, <ul>/<ol> by
 * numbering level, <strong> for bold runs, tables, footnotes), which the HTML reader reads into
 * the intermediate document. Headings set by look (a short bold paragraph) are recognized later,
 * by structure detection, as in every format.
 */
import mammoth from 'mammoth';
import type { SourceDocument } from '../source-document.js';
import { readHtml } from './html.js';

/** Mammoth's default map knows "Heading 1…6" but not the Title style that agreements often start with. */
const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

export async function readDocx(buffer: Buffer): Promise<SourceDocument> {
  const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap });
  return readHtml(html, { printNumbers: false });
}
