import type { OutputFormat } from '../format.js';

export const htmlFormat: OutputFormat = {
  label: 'HTML',
  mediaType: 'text/html; charset=utf-8',
  byDefault: true,
  preview: 'page',
  renderCost: 1,
  async write(tree, { paper }) {
    const [{ writeHtml }, { embeddedFontFaces }] = await Promise.all([import('./index.js'), import('./fonts.js')]);
    return Buffer.from(writeHtml(tree, await embeddedFontFaces(tree), paper), 'utf8');
  },
  async searchableTexts(file) {
    const [{ compactText }, { htmlText }] = await Promise.all([import('../common/text.js'), import('./read.js')]);
    return [compactText((await htmlText(file)).text)];
  },
};
