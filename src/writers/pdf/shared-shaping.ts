/**
 * pdfkit shapes every word of a PDF with fontkit and keeps the runs in a cache of the font it
 * embeds in that document, so each PDF shapes its words again: a fifth of an English PDF's time,
 * though the words, the fonts (one parsed font per file, fonts/shared-fontkit.ts) and pdfkit's
 * scale for them are the same for every PDF. This module gives every document's font the one cache
 * of its parsed font. pdfkit only reads a cached run (it scales a run once, before caching it), and
 * the glyphs of a subset are collected when text is drawn, not from the cache, so sharing is safe.
 * Imported by writers/pdf/index.ts before any layout.
 */
import { createRequire } from 'node:module';

/** pdfkit's font of one document (EmbeddedFont); standard PDF fonts have no `font` and no cache. */
interface DocumentFont {
  font?: object;
  layoutCache?: Record<string, unknown>;
}
interface PdfmakeDocument {
  provideFont(familyName: string, bold: boolean, italics: boolean): DocumentFont;
}

/** Runs kept per font; past it the cache starts again (a very long word's cut prefixes are many). */
const SHAPED_RUNS_KEPT = 20_000;

const runsOf = new WeakMap<object, Record<string, unknown>>();

/** The shared cache of a parsed font, fresh if it has grown past SHAPED_RUNS_KEPT. */
function sharedRuns(font: object): Record<string, unknown> {
  let runs = runsOf.get(font);
  if (!runs || Object.keys(runs).length > SHAPED_RUNS_KEPT) {
    runs = Object.create(null) as Record<string, unknown>;
    runsOf.set(font, runs);
  }
  return runs;
}

const require = createRequire(import.meta.url);
const PdfmakeDocumentClass = (require('pdfmake/js/PDFDocument.js') as { default: { prototype: PdfmakeDocument } }).default;
const provideFont = PdfmakeDocumentClass.prototype.provideFont;

PdfmakeDocumentClass.prototype.provideFont = function (this: PdfmakeDocument, familyName: string, bold: boolean, italics: boolean): DocumentFont {
  const documentFont = provideFont.call(this, familyName, bold, italics);
  // pdfmake asks for the font of every text it measures; a document's font is given the cache once.
  if (documentFont.font && documentFont.layoutCache && documentFont.layoutCache !== runsOf.get(documentFont.font)) {
    documentFont.layoutCache = sharedRuns(documentFont.font);
  }
  return documentFont;
};
