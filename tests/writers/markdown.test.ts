import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { runCheck } from '../../src/check/index.js';
import type { Block, DocumentTree, Inline } from '../../src/tree/types.js';
import { writeMarkdown } from '../../src/writers/markdown/index.js';
import { markdownText } from '../../src/writers/markdown/read.js';
import { scratchProject } from '../helpers/project.js';

const text = (value: string): Inline => ({ type: 'text', value });

/** A one-block document, so that each case shows the Markdown of one node type. */
function markdownOf(...children: Block[]): string {
  const tree: DocumentTree = {
    type: 'document',
    lang: 'en',
    languageTag: 'en-US',
    title: 'Title: Sub',
    runningTitle: 'Title',
    pageLabel: 'Page {current} of {total}',
    author: 'NCUSCR',
    subject: 'Dialogue',
    keywords: '',
    reader: { skipLabel: 'Skip', languageChoice: { label: 'Show', options: [{ value: 'en', label: 'English' }] } },
    children,
  };
  return writeMarkdown(tree).replace(/^---\n[^]*?\n---\n\n/, '');
}

describe('Markdown writer, node by node', () => {
  it('starts with YAML front matter that names the title, language and author', () => {
    const tree = { ...({} as DocumentTree), type: 'document', lang: 'zh-Hans', title: '共识文件：摘要', author: 'A', subject: 'S', keywords: '', date: '2021-11-18', children: [] } as DocumentTree;
    expect(writeMarkdown(tree)).toBe('---\ntitle: 共识文件：摘要\nlang: zh-Hans\ndate: 2021-11-18\nauthor: A\nsubject: S\n---\n');
  });

  it('heading, with its level', () => {
    expect(markdownOf({ type: 'heading', level: 2, children: [text('Risks')] })).toBe('## Risks\n');
  });

  it('paragraph with strong and emphasis, escaping what Markdown would read as markup', () => {
    expect(markdownOf({ type: 'paragraph', children: [{ type: 'strong', children: [text('Lead.')] }, text(' Then *stars* and '), { type: 'emphasis', children: [text('law')] }] })).toBe(
      '**Lead.** Then \\*stars\\* and *law*\n',
    );
    expect(markdownOf({ type: 'paragraph', children: [text('# not a heading')] })).toBe('\\# not a heading\n');
  });

  it('Chinese bold that ends in punctuation stays bold when Chinese text follows', () => {
    const md = markdownOf({ type: 'paragraph', children: [{ type: 'strong', children: [text('建立机制，')] }, text('从而创造条件。')] });
    expect(markdownText(md)).toBe('建立机制，从而创造条件。');
    expect(md).toMatch(/^\*\*建立机制，\*\*/);
  });

  it('ordered list keeps its first number; nested lists nest', () => {
    const list: Block = {
      type: 'list',
      ordered: true,
      start: 3,
      items: [{ type: 'listItem', children: [text('Third')], sublist: { type: 'list', ordered: false, items: [{ type: 'listItem', children: [text('inner')] }] } }, { type: 'listItem', children: [text('Fourth')] }],
    };
    expect(markdownOf(list)).toBe('3. Third\n   - inner\n4. Fourth\n');
  });

  it('a list with printed markers is one paragraph per item, the marker as printed', () => {
    expect(markdownOf({ type: 'list', ordered: false, printedMarkers: true, items: [{ type: 'listItem', children: [text('(a) first')] }, { type: 'listItem', children: [text('(b) second')] }] })).toBe(
      '(a) first\n\n(b) second\n',
    );
  });

  it('table with a header row; a table without one gets empty headings (GFM needs a header row)', () => {
    const row = (...cells: string[]) => ({ cells: cells.map((c) => ({ children: [text(c)] })) });
    expect(markdownOf({ type: 'table', header: row('Name', 'Position').cells, rows: [row('Blair', 'Professor | UNC')] })).toBe(
      '| Name  | Position         |\n| ----- | ---------------- |\n| Blair | Professor \\| UNC |\n',
    );
    expect(markdownOf({ type: 'table', header: [], rows: [row('a', 'b')] })).toBe('|   |   |\n| - | - |\n| a | b |\n');
  });

  it('section gets an anchor that contents links point at', () => {
    expect(markdownOf({ type: 'contentsList', entries: [{ target: 'risks', children: [text('Risks')] }] }, { type: 'section', id: 'risks', children: [{ type: 'heading', level: 2, children: [text('Risks')] }] })).toBe(
      '- [Risks](#risks)\n\n<a id="risks"></a>\n\n## Risks\n',
    );
  });

  it('bilingual pair: each language in turn, named in a comment', () => {
    expect(markdownOf({ type: 'parallel', cells: [{ lang: 'en', children: [{ type: 'paragraph', children: [text('Trade')] }] }, { lang: 'zh-Hans', children: [{ type: 'paragraph', children: [text('贸易')] }] }] })).toBe(
      '<!-- lang: en -->\n\nTrade\n\n<!-- lang: zh-Hans -->\n\n贸易\n',
    );
  });

  it('group and title block are their blocks; page breaks are left out, and so is the HTML language switch', () => {
    expect(
      markdownOf(
        { type: 'titleBlock', role: 'title-block', children: [{ type: 'heading', level: 1, children: [text('Agreement')] }] },
        { type: 'pageBreak' },
        { type: 'group', children: [{ type: 'paragraph', role: 'group-label', children: [text('Raised:')] }] },
      ),
    ).toBe('# Agreement\n\nRaised:\n');
  });
});

describe('Markdown editions', () => {
  it('carry every block of the agreement in each language, and check --outputs catches one dropped', async () => {
    const root = await scratchProject();
    const out = path.join(root, 'dist');
    const { outputs } = await build({ root, editions: ['en', 'zh', 'bilingual'], formats: ['md'], outDir: out });
    expect(outputs.map((o) => o.file)).toEqual(['en.md', 'zh.md', 'bilingual.md']);
    expect((await runCheck({ root, outputsDir: out })).errors).toEqual([]);

    const zh = path.join(out, 'zh.md');
    await writeFile(zh, (await readFile(zh, 'utf8')).replace(/^- \*\*限制或尽量减少[^\n]*\n/m, ''));
    expect((await runCheck({ root, outputsDir: out })).errors.map((f) => `${f.key} ${f.language}: ${f.message}`)).toEqual([
      'blocks.track1-market-access zh: zh.md: the text of this block is missing from the output; rebuild, and report a bug in the md writer if it stays missing',
    ]);
  });
});
