import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces.js';
import type { Block, Inline } from '../../src/tree/types.js';
import { blockContent, type PdfContext } from '../../src/writers/pdf/document.js';
import { pdfThemeFor } from '../../src/writers/pdf/theme.js';

const text = (value: string): Inline => ({ type: 'text', value });
const p = (value: string): Block => ({ type: 'paragraph', children: [text(value)] });

/** A node's pdfmake content as data: layout callbacks shown as "fn" (pdfmake calls them while laying out). */
function pdf(node: Block, ctx: Partial<PdfContext> = {}): unknown {
  const content: Content = blockContent(node, { theme: pdfThemeFor('en'), layout: 'parallel', inTitle: false, textArea: { width: 450, height: 700 }, blocks: { count: 0 }, ...ctx });
  return JSON.parse(JSON.stringify(content, (_key, value: unknown) => (typeof value === 'function' ? 'fn' : value)));
}

describe('PDF writer, node by node', () => {
  it('heading: its level as style and tag, a bookmark, kept with what follows (headlineLevel) except inside a pair', () => {
    expect(pdf({ type: 'heading', level: 2, children: [text('Risks')] })).toEqual({ text: [{ text: 'Risks' }], style: 'latin.h2', headlineLevel: 2, outline: true, outlineText: 'Risks', tag: { type: 'H2' } });
    expect(pdf({ type: 'heading', level: 3, children: [text('Risks')] }, { inPair: true })).toEqual({ text: [{ text: 'Risks' }], style: 'latin.h3', tag: { type: 'H3' } });
  });

  it('paragraph: role as style, strong as bold, a number and its unit never broken apart', () => {
    expect(pdf({ type: 'paragraph', role: 'venue', children: [{ type: 'strong', children: [text('Bold')] }, text(' 2021年')] })).toEqual({
      text: [{ text: 'Bold', bold: true }, { text: ' ' }, { text: '2021年', noWrap: true }],
      style: 'latin.venue',
      tag: { type: 'P' },
    });
  });

  it('paragraph in Chinese: the Han theme of its language', () => {
    expect(pdf(p('贸易'), { theme: pdfThemeFor('zh') })).toMatchObject({ style: 'han.body' });
  });

  it('list: ordered from its start with a nested bulleted list, both tagged L', () => {
    const list: Block = {
      type: 'list',
      ordered: true,
      start: 3,
      items: [{ type: 'listItem', children: [text('third')], sublist: { type: 'list', ordered: false, items: [{ type: 'listItem', children: [text('inner')] }] } }],
    };
    expect(pdf(list)).toEqual({
      ol: [{ stack: [{ text: [{ text: 'third' }], style: 'latin.listItem' }, { ul: [{ text: [{ text: 'inner' }], style: 'latin.listItem' }], type: 'circle', style: 'latin.list', tag: { type: 'L' } }] }],
      type: 'decimal',
      separator: ['', '.'],
      start: 3,
      style: 'latin.list',
      tag: { type: 'L' },
    });
  });

  it('list with printed markers: no marker of its own', () => {
    expect(pdf({ type: 'list', ordered: true, printedMarkers: true, items: [{ type: 'listItem', children: [text('(a) first')] }] })).toMatchObject({ type: 'none' });
  });

  it('group: its blocks stacked', () => {
    expect(pdf({ type: 'group', children: [p('Raised:')] })).toEqual({ stack: [{ text: [{ text: 'Raised:' }], style: 'latin.body', tag: { type: 'P' } }] });
  });

  it('table: even columns unless the node asks for widths; header cells TH, body cells TD', () => {
    const row = (...cells: string[]) => cells.map((cell) => ({ children: [text(cell)] }));
    const table = (widths?: number[]): Block => ({ type: 'table', role: 'data-table', ...(widths ? { widths } : {}), header: row('A', 'B', 'C'), rows: [{ cells: row('1', '2', '3') }] });
    expect(pdf(table())).toMatchObject({
      table: {
        headerRows: 1,
        widths: Array(3).fill(`${100 / 3}%`),
        body: [
          ['A', 'B', 'C'].map((cell) => ({ text: [{ text: cell }], style: 'latin.tableHeader', tag: { type: 'TH' } })),
          ['1', '2', '3'].map((cell) => ({ text: [{ text: cell }], style: 'latin.tableCell', tag: { type: 'TD' } })),
        ],
      },
      tag: { type: 'Table' },
    });
    expect(pdf(table([20, 30, 50]))).toMatchObject({ table: { widths: ['20%', '30%', '50%'] } });
  });

  it('parallel: one row, a column per language, each cell tagged with its language and set in its fonts', () => {
    expect(pdf({ type: 'parallel', blockId: 'b', cells: [{ lang: 'en', children: [p('Trade')] }, { lang: 'zh-Hans', children: [p('贸易')] }] })).toMatchObject({
      table: {
        widths: ['*', '*'],
        body: [
          [
            { stack: [{ text: [{ text: 'Trade' }], style: 'latin.body' }], font: 'Noto Serif', tag: { type: 'Div', lang: 'en' } },
            { stack: [{ text: [{ text: '贸易' }], style: 'han.body' }], font: 'Noto Serif SC', tag: { type: 'Div', lang: 'zh-Hans' } },
          ],
        ],
      },
      unbreakable: true,
    });
  });

  it('section: tagged Sect, its id on its first text (the target of contents links)', () => {
    expect(pdf({ type: 'section', id: 'risks', children: [p('x')] })).toEqual({ stack: [{ text: [{ text: 'x' }], style: 'latin.body', tag: { type: 'P' }, id: 'risks' }], tag: { type: 'Sect' } });
  });

  it('contents: an entry and its page reference per section, tagged TOC and Link', () => {
    expect(pdf({ type: 'contentsList', entries: [{ target: 'risks', children: [text('Risks')] }] })).toMatchObject({
      table: { widths: ['*', 'auto'], body: [[{ text: [{ text: 'Risks' }], style: 'latin.contentsEntry' }, { pageReference: 'risks', alignment: 'right', tag: { type: 'Link' } }]] },
      tag: { type: 'TOC' },
    });
  });

  it('title block: its blocks, then a rule under them (none on a cover)', () => {
    const titled = pdf({ type: 'titleBlock', role: 'title-block', children: [p('Title')] }) as { stack: unknown[] };
    expect(titled.stack).toHaveLength(2);
    expect(titled.stack[1]).toMatchObject({ canvas: [{ type: 'line', x1: 225 - 75.5, x2: 225 + 75.5 }] });
    expect((pdf({ type: 'titleBlock', role: 'cover', children: [p('Title')] }) as { stack: unknown[] }).stack).toHaveLength(1);
  });

  it('page break: nothing of its own (the next block breaks before it)', () => {
    expect(pdf({ type: 'pageBreak' })).toEqual({ text: '' });
  });
});
