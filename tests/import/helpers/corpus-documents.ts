/** The shared corpus's documents, what their import must find, and the paragraphs every edition must carry. */
import { readFileSync } from 'node:fs';
import type { Format } from '../../../src/writers/index.js';
import type { Agreement, Block, ListItem } from '../../../src/source/schema.js';
import { comparable } from './imported-editions.js';

export interface Expected {
  file: string;
  format: Format;
  dialogue?: string;
  title: string;
  sections: number;
  lists: number;
  items: number;
}

/** `format`: the one format npm test builds (the client suite builds all). */
export const CORPUS_DOCUMENTS: Expected[] = [
  { file: 'udhr-1948.en.txt', format: 'html', title: 'Universal Declaration of Human Rights', sections: 31, lists: 0, items: 0 },
  { file: 'cc-by-4.0-legalcode.en.txt', format: 'html', dialogue: 'Creative Commons Legal Code', title: 'Attribution 4.0 International', sections: 11, lists: 9, items: 57 },
  { file: 'cc-by-nc-sa-4.0-legalcode.en.txt', format: 'html', dialogue: 'Creative Commons Legal Code', title: 'Attribution-NonCommercial-ShareAlike 4.0 International', sections: 11, lists: 10, items: 64 },
  { file: 'cc0-1.0-legalcode.en.txt', format: 'html', dialogue: 'Creative Commons Legal Code', title: 'CC0 1.0 Universal', sections: 2, lists: 1, items: 15 },
  { file: 'us-china-geneva-joint-statement-2025.en.txt', format: 'html', title: 'Joint Statement on U.S.-China Economic and Trade Meeting in Geneva', sections: 1, lists: 0, items: 0 },
  { file: 'us-china-stockholm-joint-statement-2025.en.txt', format: 'docx', title: 'Joint Statement on U.S.-China Economic and Trade Meeting in Stockholm', sections: 1, lists: 1, items: 2 },
  { file: 'un-a-l-632-1971.en.pdf', format: 'pdf', title: "Restoration of the Lawful Rights of the People's Republic of China in the United Nations", sections: 1, lists: 0, items: 0 },
];

/** Lists and their items (nested ones included) in the agreement's data. */
export function listCounts(agreement: Agreement): { lists: number; items: number } {
  const items = (list: readonly ListItem[]): number => list.reduce((n, item) => n + 1 + items(item.items ?? []), 0);
  const count = { lists: 0, items: 0 };
  const visit = (blocks: readonly Block[]): void =>
    blocks.forEach((block) => {
      if (block.type === 'list') {
        count.lists++;
        count.items += items(block.items);
      }
      if (block.type === 'group') visit(block.blocks);
    });
  agreement.sections.forEach((section) => visit(section.blocks));
  return count;
}

/** The paragraphs of a text source, Markdown heading marks left out: each must reach the output as printed. */
export const sourceParagraphs = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => comparable(paragraph.replace(/^#+\s*/, '')))
    .filter(Boolean);

