/**
 * Text PDFs through pdf.js: each page's text runs with their position, size and face, handed to
 * the layout step (pdf-layout.ts) that makes lines, columns and paragraphs of them. A PDF without a
 * text layer (a scan) is refused with a hint to run OCR; a scan with an OCR text layer reads like
 * any other PDF.
 */
import { ContentError } from '../../errors.js';
import type { SourceDocument } from '../source-document.js';
import { layoutPages, type PdfPage, type PdfRun } from './pdf-layout.js';

interface PdfFont {
  name?: string;
}

export async function readPdf(data: Buffer, displayName: string): Promise<SourceDocument> {
  // Loaded on first use: pdf.js is large, and most imports never need it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      await page.getOperatorList(); // loads the fonts, whose names tell bold faces
      const [, , width, height] = page.view as [number, number, number, number];
      const runs: PdfRun[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , c, d, x, y] = item.transform as number[];
        const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as PdfFont) : undefined;
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) || item.height, bold: /bold|black|heavy|semibold/i.test(font?.name ?? ''), italic: /italic|oblique/i.test(font?.name ?? '') });
      }
      pages.push({ width, height, runs });
      page.cleanup();
    }
    if (pages.every((page) => page.runs.every((run) => run.text.trim() === ''))) {
      throw new ContentError(displayName, undefined, 'this PDF has no text layer (a scan?): run OCR on it first (for example `ocrmypdf in.pdf out.pdf`) and import the result', 2);
    }
    const { info } = (await pdf.getMetadata()) as { info?: { Title?: unknown } };
    const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
    return { ...layoutPages(pages), footnotes: [], ...(title ? { metadataTitle: title } : {}), nestingMayBeLost: false };
  } finally {
    await pdf.destroy();
  }
}
