import { readFile } from 'node:fs/promises';
import type { OutputFormat } from '../format.js';

export const markdownFormat: OutputFormat = {
  label: 'Markdown',
  mediaType: 'text/markdown; charset=utf-8',
  byDefault: false,
  preview: 'download',
  renderCost: 0.2,
  write: async (tree) => Buffer.from((await import('./index.js')).writeMarkdown(tree), 'utf8'),
  async searchableTexts(file) {
    const { markdownText } = await import('./read.js');
    return [markdownText(await readFile(file, 'utf8'))];
  },
};
