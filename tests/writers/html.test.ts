import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree, Inline } from '../../src/tree/types.js';
import { blockHtml, writeHtml } from '../../src/writers/html/index.js';

const text = (value: string): Inline => ({ type: 'text', value });
const p = (value: string, blockId?: string): Block => ({ type: 'paragraph', blockId, children: [text(value)] });
const documentTree = (fields: Partial<DocumentTree>): DocumentTree => ({
  type: 'document',
  lang: 'en',
  languageTag: 'en-US',
  title: 'T',
  runningTitle: 'T',
  pageLabel: '{current}',
  author: 'A',
  subject: 'S',
  keywords: 'k',
  reader: { skipLabel: 'Skip' },
  children: [],
  ...fields,
});

describe('HTML writer, node by node', () => {
  it('heading', () => {
    expect(blockHtml({ type: 'heading', level: 2, children: [text('Risks & costs')] })).toBe('<h2>Risks &#38; costs</h2>');
  });

  it('paragraph: id and data-block from the source, role as class, strong and emphasis, number and unit kept together', () => {
    expect(blockHtml({ type: 'paragraph', blockId: 'opening-p1', role: 'dates', children: [{ type: 'strong', children: [text('<b>')] }, text(' in '), { type: 'emphasis', children: [text('2021年')] }] })).toBe(
      '<p id="opening-p1" data-block="opening-p1" class="dates"><strong>&#60;b&#62;</strong> in <em><span class="nobr">2021年</span></em></p>',
    );
  });

  it('list: ordered with its start, nested, printed markers and depth as classes', () => {
    const list: Block = {
      type: 'list',
      ordered: true,
      start: 3,
      depth: 1,
      printedMarkers: true,
      blockId: 'l',
      items: [{ type: 'listItem', blockId: 'i', children: [text('(c) third')], sublist: { type: 'list', ordered: false, items: [{ type: 'listItem', children: [text('inner')] }] } }],
    };
    expect(blockHtml(list)).toBe('<ol id="l" data-block="l" class="depth-1 printed-markers" start="3">\n<li id="i" data-block="i">(c) third<ul>\n<li>inner</li>\n</ul></li>\n</ol>');
  });

  it('group', () => {
    expect(blockHtml({ type: 'group', blockId: 'g', children: [p('Raised:')] })).toBe('<div id="g" data-block="g" class="group">\n<p>Raised:</p>\n</div>');
  });

  it('table: header cells, rows traced to their person, cell languages', () => {
    expect(
      blockHtml({ type: 'table', role: 'participants', header: [{ lang: 'en', children: [text('Name')] }, { lang: 'zh-Hans', children: [text('姓名')] }], rows: [{ key: 'blair', cells: [{ children: [text('Blair')] }, { children: [text('布莱尔')] }] }] }),
    ).toBe('<table class="participants">\n<thead><tr><th lang="en">Name</th><th lang="zh-Hans">姓名</th></tr></thead>\n<tbody>\n<tr data-person="blair"><td>Blair</td><td>布莱尔</td></tr>\n</tbody>\n</table>');
  });

  it('parallel: the pair carries the block id, each language its lang, the blocks inside none', () => {
    expect(blockHtml({ type: 'parallel', blockId: 'b', cells: [{ lang: 'en', children: [p('Trade', 'b')] }, { lang: 'zh-Hans', children: [p('贸易', 'b')] }] })).toBe(
      '<div class="pair" id="b" data-block="b"><div lang="en"><p>Trade</p></div><div lang="zh-Hans"><p>贸易</p></div></div>',
    );
  });

  it('section and packet component, title block, contents, page break', () => {
    expect(blockHtml({ type: 'section', id: 'risks', children: [] })).toBe('<section id="risks" data-section="risks">\n\n</section>');
    expect(blockHtml({ type: 'section', id: 'summary', component: true, children: [] })).toBe('<section id="summary" data-component="summary">\n\n</section>');
    expect(blockHtml({ type: 'titleBlock', role: 'cover', children: [p('Title')] })).toBe('<header class="cover">\n<p>Title</p>\n</header>');
    expect(blockHtml({ type: 'contentsList', entries: [{ target: 'risks', children: [text('Risks')] }] })).toBe('<nav class="contents"><ol>\n<li><a href="#risks">Risks</a></li>\n</ol></nav>');
    expect(blockHtml({ type: 'pageBreak' })).toBe('<div class="page-break" aria-hidden="true"></div>');
  });

  it('document: language, metadata and skip link escaped; the switch script only where there is a switch', () => {
    const html = writeHtml(documentTree({ lang: 'zh-Hans', languageTag: 'zh-CN', title: '标题 <x>', author: 'A & B', reader: { skipLabel: '跳到正文' }, children: [p('正文')] }));
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain('<title>标题 &#60;x&#62;</title>');
    expect(html).toContain('<meta name="author" content="A &#38; B">');
    expect(html).toContain('<a class="skip-link" href="#main">跳到正文</a>\n<main id="main">\n<p>正文</p>\n</main>\n</body>');
    expect(html).not.toContain('<script>');
  });

  it('language choice: the reader\'s switch first in the text, one button per choice in its own language, its styles and script', () => {
    const choice = { label: 'Show', options: [{ value: 'en', label: 'English', lang: 'en' }, { value: 'all', label: 'Both' }] };
    const html = writeHtml(documentTree({ layout: 'parallel', reader: { skipLabel: 'Skip', languageChoice: choice }, children: [p('Text')] }));
    expect(html).toContain(
      '<main id="main" class="bilingual layout-parallel">\n<nav class="language-switch" aria-label="Show"><button type="button" value="en" lang="en" aria-pressed="false">English</button><button type="button" value="all" aria-pressed="false">Both</button></nav>\n<p>Text</p>\n</main>\n<script>',
    );
    expect(html).toContain('body[data-show="en"] .pair > [lang]:not([lang="en"])');
  });
});
