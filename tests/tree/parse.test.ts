import { describe, expect, it } from 'vitest';
import { parseDocumentMarkup } from '../../src/tree/parse.js';

const ARTICLE = 'lang="en" data-language-tag="en-US" data-title="T" data-running-title="R" data-page-label="{current}" data-author="A" data-subject="S" data-keywords="K" data-skip-label="Skip"';
const parse = (body: string) => parseDocumentMarkup(`<article ${ARTICLE}>${body}</article>`);
const failure = (body: string) => {
  try {
    parse(body);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('parsed without an error');
};

describe('template markup → document tree', () => {
  it('reads the document attributes, and names the one missing', () => {
    expect(parse('')).toMatchObject({ lang: 'en', languageTag: 'en-US', title: 'T', runningTitle: 'R', reader: { skipLabel: 'Skip' }, children: [] });
    expect(() => parseDocumentMarkup('<article lang="en"></article>')).toThrow('template markup: <article> needs a data-language-tag attribute');
  });

  it('the language switch goes to the reader controls, beside the skip link, not into the text', () => {
    const tree = parse('<language-switch label="Show"><button value="en" lang="en">English</button><button value="all">Both</button></language-switch><p>Text</p>');
    expect(tree.reader).toEqual({ skipLabel: 'Skip', languageChoice: { label: 'Show', options: [{ value: 'en', label: 'English', lang: 'en' }, { value: 'all', label: 'Both' }] } });
    expect(tree.children).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Text' }] }]);
  });

  it('a table takes the relative widths of its <col data-width> as percents; without a colgroup it has none (even columns)', () => {
    const table = (colgroup: string) =>
      parse(`<table class="participants">${colgroup}<thead><tr><th>Name</th><th>Position</th><th>Name</th><th>Position</th></tr></thead><tbody><tr data-person="p"><td>A</td><td>B</td><td>C</td><td>D</td></tr></tbody></table>`).children[0];
    expect(table('<colgroup><col data-width="30"><col data-width="70"><col data-width="30"><col data-width="70"></colgroup>')).toMatchObject({ type: 'table', role: 'participants', widths: [15, 35, 15, 35] });
    expect(table('')).not.toHaveProperty('widths');
    expect(() => table('<colgroup><col data-width="0"></colgroup>')).toThrow('template markup: a <colgroup> holds <col data-width="N"> elements, N a positive number (the column\'s relative width)');
  });

  it('an ordered list keeps its start and printed markers; a table row its person', () => {
    expect(parse('<ol start="3" class="printed-markers" data-block="l"><li data-block="i">(c) x</li></ol>').children[0]).toEqual({
      type: 'list',
      ordered: true,
      blockId: 'l',
      start: 3,
      printedMarkers: true,
      items: [{ type: 'listItem', blockId: 'i', children: [{ type: 'text', value: '(c) x' }] }],
    });
  });

  it('refuses markup outside the vocabulary, naming the element', () => {
    expect(failure('<marquee>x</marquee>')).toBe('template markup: <marquee> is not supported as a block; see templates/README.md for the elements templates may use');
    expect(failure('loose text')).toBe('template markup: text "loose text" directly inside <article>; wrap it in <p>');
  });
});
