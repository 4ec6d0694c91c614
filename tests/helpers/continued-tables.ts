/**
 * Where a table's caption is printed in a PDF, page by page (the pages' text from pdf.js: `pdfText`), and whether it
 * carries the "(continued)" mark there: the first page of the table shows the caption alone, every
 * page the table continues on repeats it with the mark.
 */
import { compactText } from '../../src/writers/common/text.js';

export function captionPages(pages: readonly string[], caption: string, mark: string): { page: number; marked: boolean }[] {
  const separator = /^\p{Script=Han}|^[\u3000-\u303F\uFF00-\uFFEF]/u.test(mark) ? '' : ' ';
  return pages.flatMap((text, i) => {
    const page = compactText(text);
    return page.includes(compactText(caption)) ? [{ page: i + 1, marked: page.includes(compactText(`${caption}${separator}${mark}`)) }] : [];
  });
}

/** The caption's pages as expected of a table that starts on one page and continues on the next ones. */
export const continuedOnLaterPages = (pages: { page: number; marked: boolean }[]): { page: number; marked: boolean }[] => pages.map((p, i) => ({ page: p.page, marked: i > 0 }));
