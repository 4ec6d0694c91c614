import type { OutputFormat } from '../format.js';

export const pdfFormat: OutputFormat = {
  label: 'PDF',
  mediaType: 'application/pdf',
  byDefault: true,
  preview: 'viewer',
  renderCost: 10,
  write: async (tree, { paper, pdfStandard }) => (await import('./index.js')).writePdf(tree, { paper, standard: pdfStandard }),
  // A parallel PDF's pair that runs over a page break interleaves the two columns in reading order, so each column is searched as well.
  async searchableTexts(file) {
    const [{ compactText }, { isBodyItem, joinPdfText, pdfColumns, pdfTextItems }] = await Promise.all([import('../common/text.js'), import('./read.js')]);
    const items = await pdfTextItems(file);
    const [left, right] = pdfColumns(items, (items[0]?.pageWidth ?? 0) / 2);
    return [compactText(joinPdfText(items.filter(isBodyItem))), left.text, right.text];
  },
};
