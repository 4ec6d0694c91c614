import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/index.js';
import { englishDocument, text } from '../helpers/tree.js';

/** A document with a table of contents: docx bookmarks the headings it lists. */
const tree = englishDocument(
  { type: 'section', id: 'contents', children: [{ type: 'contentsList', entries: [{ target: 'risks', children: [text('Risks')] }, { target: 'steps', children: [text('Next steps')] }] }] },
  { type: 'section', id: 'risks', children: [{ type: 'heading', level: 2, children: [text('Risks')] }] },
  { type: 'section', id: 'steps', children: [{ type: 'heading', level: 2, children: [text('Next steps')] }] },
);

const bookmarks = (docx: Buffer): string[] => [...strFromU8(unzipSync(docx)['word/document.xml']!).matchAll(/<w:bookmarkStart [^>]*>/g)].map(([tag]) => tag);

describe('DOCX package', () => {
  it('numbers bookmarks within each document, so that what was built before in the process changes no byte', async () => {
    const first = await writeDocx(tree);
    const second = await writeDocx(tree);
    expect(bookmarks(first)).toEqual(['<w:bookmarkStart w:name="_Toc1" w:id="1"/>', '<w:bookmarkStart w:name="_Toc2" w:id="2"/>']);
    expect(second.equals(first)).toBe(true);
  });
});
