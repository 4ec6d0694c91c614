import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree, Inline } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';

const text = (value: string): Inline => ({ type: 'text', value });
const p = (value: string): Block => ({ type: 'paragraph', children: [text(value)] });
const run = (value: string) => `<w:r><w:t xml:space="preserve">${value}</w:t></w:r>`;
const styled = (style: string, ...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs.join('')}</w:p>`;

/** The body of a one-language document holding these blocks, without its section properties. */
async function docx(children: Block[], lang = 'en'): Promise<string> {
  const tree: DocumentTree = { type: 'document', lang, languageTag: lang === 'en' ? 'en-US' : 'zh-CN', title: 'T', runningTitle: 'T', pageLabel: '{current}', author: 'A', subject: 'S', keywords: 'k', reader: { skipLabel: 's', languageChoice: { label: 'Show', options: [{ value: 'en', label: 'English' }] } }, children };
  const xml = await (await JSZip.loadAsync(await writeDocx(tree))).file('word/document.xml')!.async('string');
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
}

describe('DOCX writer, node by node', () => {
  it('heading: a section heading is Word Heading 1 (the title takes the Title style), so the navigation pane and TOC see it', async () => {
    expect(await docx([{ type: 'heading', level: 2, children: [text('Risks & costs')] }])).toBe(styled('Heading1', run('Risks &amp; costs')));
  });

  it('paragraph: role as paragraph style, strong and emphasis as bold and italic runs', async () => {
    expect(await docx([{ type: 'paragraph', role: 'venue', children: [{ type: 'strong', children: [text('Bold')] }, text(' and '), { type: 'emphasis', children: [text('em')] }] }])).toBe(
      styled('Venue', '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Bold</w:t></w:r>', run(' and '), '<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">em</w:t></w:r>'),
    );
  });

  it('paragraph in Chinese: the Chinese style of the document language', async () => {
    expect(await docx([p('贸易')], 'zh-Hans')).toBe(styled('BodyText', run('贸易')));
  });

  it('list: Word numbering, one level deeper for a nested list', async () => {
    const list: Block = { type: 'list', ordered: true, items: [{ type: 'listItem', children: [text('first')], sublist: { type: 'list', ordered: false, items: [{ type: 'listItem', children: [text('inner')] }] } }] };
    const item = (level: number, numId: number, value: string) =>
      `<w:p><w:pPr><w:pStyle w:val="ListBody"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(value)}</w:p>`;
    expect(await docx([list])).toBe(item(0, 2, 'first') + item(1, 3, 'inner'));
  });

  it('group: its blocks in order', async () => {
    expect(await docx([{ type: 'group', children: [p('Raised:'), p('Answered.')] }])).toBe(styled('BodyText', run('Raised:')) + styled('BodyText', run('Answered.')));
  });

  it('table: even columns unless the node asks for widths, a repeated header row, rows never split', async () => {
    const cells = (...values: string[]) => values.map((value) => ({ children: [text(value)] }));
    const widths = async (node: Partial<Extract<Block, { type: 'table' }>>) =>
      [...(await docx([{ type: 'table', header: cells('A', 'B', 'C'), rows: [{ cells: cells('1', '2', '3') }], ...node }])).matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // Fiftieths of a percent, for each of the 6 cells.
    expect(await widths({})).toEqual(Array(6).fill(Math.round(5000 / 3)));
    expect(await widths({ widths: [20, 30, 50] })).toEqual([1000, 1500, 2500, 1000, 1500, 2500]);
    const xml = await docx([{ type: 'table', header: cells('A'), rows: [{ cells: cells('1') }] }]);
    expect(xml).toContain(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="pct" w:w="5000"/></w:tcPr>${styled('TableHeading', run('A'))}</w:tc></w:tr>`);
    expect(xml).toContain(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader w:val="off"/></w:trPr><w:tc><w:tcPr><w:tcW w:type="pct" w:w="5000"/></w:tcPr>${styled('TableText', run('1'))}</w:tc></w:tr>`);
  });

  it('contents: a Word TOC field of the section headings, filled in when the document opens', async () => {
    expect(await docx([{ type: 'contentsList', entries: [{ target: 'risks', children: [text('Risks')] }] }])).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;</w:instrText>');
  });

  it('page break: the next block starts a page; the HTML reader controls (skip link, language switch) print nothing', async () => {
    expect(await docx([{ type: 'pageBreak' }])).toBe('<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:after="0"/></w:pPr></w:p>');
    expect(await docx([])).toBe('');
  });

  it('parallel: a borderless two-column table row, each language in its own style', async () => {
    const xml = await docx([{ type: 'parallel', cells: [{ lang: 'en', children: [p('Trade')] }, { lang: 'zh-Hans', children: [p('贸易')] }] }]);
    expect(xml).toMatch(/^<w:tbl>.*<w:tr>.*Trade.*贸易.*<\/w:tr><\/w:tbl>$/);
    expect(xml).toContain(styled('BodyText', run('Trade')));
    expect(xml).toContain(styled('BodyTextZh', run('贸易')));
  });
});
