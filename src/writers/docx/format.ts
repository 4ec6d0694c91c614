import type { OutputFormat } from '../format.js';

export const docxFormat: OutputFormat = {
  label: 'DOCX',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  byDefault: true,
  preview: 'download',
  renderCost: 3,
  write: async (tree, { paper }) => (await import('./index.js')).writeDocx(tree, paper),
  async searchableTexts(file) {
    const [{ compactText }, { docxText }] = await Promise.all([import('../common/text.js'), import('./read.js')]);
    return [compactText((await docxText(file)).text)];
  },
};
