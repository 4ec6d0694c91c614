/**
 * The tagging wrapper around pdfmake (src/writers/pdf/tagging.ts) on a small definition, read back
 * with pdf.js. If a pdfmake upgrade stops calling what the wrapper hooks (renderLine, renderVector,
 * the list markers, renderPages), the tree loses its content and these tests fail.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { languageFor } from '../../src/languages/index.js';
import { renderPdfDefinition } from '../../src/writers/pdf/index.js';
import { tagged } from '../../src/writers/pdf/tagging.js';
import { allElements, readTaggedPdf, type StructElement, type TaggedPdf } from '../helpers/pdf-structure.js';

const latin = languageFor('en').fonts;
const han = languageFor('zh').fonts;

const shape = (e: StructElement): unknown => (e.children.length ? { [e.role]: e.children.map(shape) } : e.role);

const definition = (): TDocumentDefinitions => ({
  language: 'en-US',
  defaultStyle: { font: latin.body.name },
  info: { title: 'Tagging test', creationDate: new Date('2021-11-18T00:00:00Z'), modDate: new Date('2021-11-18T00:00:00Z') },
  header: (page: number) => ({ text: `Running header ${page}` }),
  footer: () => ({ text: 'Footer' }),
  content: [
    tagged('H1', { text: 'Title' }),
    tagged('TOC', {
      table: { body: [[{ text: 'Risks' }, tagged('Link', { pageReference: 'risks' } as unknown as Content)]] },
    }),
    tagged('Sect', {
      stack: [
        tagged('H2', { text: 'Risks', id: 'risks' }),
        tagged('P', { text: [{ text: 'Plain and ' }, { text: 'bold', bold: true }, { text: ' words.' }] }),
        tagged('L', { ul: [{ text: 'First item' }, { stack: [{ text: 'Second item' }, tagged('L', { ul: [{ text: 'Nested item' }], type: 'circle' } as Content)] }] }),
        tagged('L', { ol: [{ text: 'Numbered' }] }),
        {
          table: {
            widths: ['*', '*'],
            body: [
              [
                tagged('Div', { stack: [tagged('P', { text: 'English half' })] }),
                tagged('Div', { stack: [tagged('P', { text: '中文一半' })], font: han.body.name }, { lang: 'zh-Hans' }),
              ],
            ],
          },
        },
        tagged('Table', {
          table: {
            headerRows: 1,
            body: [
              [tagged('TH', { text: 'Name' }), tagged('TH', { text: '姓名', font: han.body.name }, { lang: 'zh-Hans' })],
              [tagged('TD', { text: 'Dennis Blair' }), tagged('TD', { text: 'Dennis Blair', font: han.body.name }, { lang: 'zh-Hans' })],
            ],
          },
        }),
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 100, y2: 0 }] },
        { text: 'Untagged text' },
      ],
    }),
  ],
});

let pdf: TaggedPdf;
let file: string;

beforeAll(async () => {
  file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-tagging-')), 'tagged.pdf');
  await writeFile(file, await renderPdfDefinition(definition(), [latin.body, latin.heading, han.body, han.heading]));
  pdf = await readTaggedPdf(file);
});

describe('tagged PDF from a pdfmake definition', () => {
  it('builds the structure tree in definition order, lists with Lbl and LBody, tables with rows', () => {
    expect(pdf.elements.map(shape)).toEqual([
      'H1',
      { TOC: [{ TOCI: ['P', 'Link'] }] },
      {
        Sect: [
          'H2',
          'P',
          { L: [{ LI: ['Lbl', { LBody: ['P'] }] }, { LI: ['Lbl', { LBody: ['P', { L: [{ LI: ['Lbl', { LBody: ['P'] }] }] }] }] }] },
          { L: [{ LI: ['Lbl', { LBody: ['P'] }] }] },
          { Div: ['P'] },
          { Div: ['P'] },
          { Table: [{ TR: ['TH', 'TH'] }, { TR: ['TD', 'TD'] }] },
          // Text the definition does not tag is a paragraph.
          'P',
        ],
      },
    ]);
  });

  it('gives each element its text, the ordered list its number, and a language only where it differs', () => {
    const all = allElements(pdf.elements);
    expect(all.filter((e) => e.role === 'P').map((e) => e.text)).toEqual(['Risks', 'Plain and bold words.', 'First item', 'Second item', 'Nested item', 'Numbered', 'English half', '中文一半', 'Untagged text']);
    expect(all.filter((e) => e.role === 'Lbl').map((e) => e.text)).toEqual(['', '', '', '1.']);
    expect(all.filter((e) => e.role === 'Link').map((e) => e.text)).toEqual(['1']);
    expect(all.filter((e) => e.lang).map((e) => [e.role, e.lang, e.text])).toEqual([
      ['Div', 'zh-Hans', '中文一半'],
      ['TH', 'zh-Hans', '姓名'],
      ['TD', 'zh-Hans', 'Dennis Blair'],
    ]);
  });

  it('names each bullet as its level draws it: ActualText and ListNumbering of a nested circle list', async () => {
    const raw = await readFile(file, 'latin1');
    // pdfkit writes ActualText as a UTF-16BE literal string: • is 20 22, ◦ is 25 e6.
    const actualTexts = [...raw.matchAll(/\/ActualText \(\xfe\xff([\s\S]{2})\)/g)].map((m) => Buffer.from(m[1]!, 'latin1').swap16().toString('utf16le'));
    expect(actualTexts).toEqual(['•', '•', '◦']);
    expect([...raw.matchAll(/\/ListNumbering \/(\w+)/g)].map((m) => m[1])).toEqual(['Circle', 'Disc', 'Decimal']);
  });

  it('names each ordered list by the numerals it draws (decimal, a), i., （1）) and a list of printed markers None', async () => {
    const lists: Content[] = [
      tagged('L', { ol: [{ text: 'One' }] }),
      tagged('L', { ol: [{ text: 'Letter' }], type: 'lower-alpha', separator: ['', ')'] } as Content),
      tagged('L', { ol: [{ text: 'Roman' }], type: 'lower-roman' } as Content),
      tagged('L', { ol: [{ text: '第一项' }], separator: ['（', '）'], font: han.body.name } as Content),
      tagged('L', { ul: [{ text: '(a) Printed' }], type: 'none' } as Content),
    ];
    const listsFile = path.join(path.dirname(file), 'lists.pdf');
    await writeFile(listsFile, await renderPdfDefinition({ ...definition(), content: lists }, [latin.body, han.body]));
    const labels = allElements((await readTaggedPdf(listsFile)).elements).filter((e) => e.role === 'Lbl');
    expect(labels.map((e) => e.text)).toEqual(['1.', 'a)', 'i.', '（1）']);
    // pdfkit writes the lists' attribute dictionaries as each list ends, in order here (no nesting).
    const numbering = [...(await readFile(listsFile, 'latin1')).matchAll(/\/ListNumbering \/(\w+)/g)].map((m) => m[1]);
    expect(numbering).toEqual(['Decimal', 'LowerAlpha', 'LowerRoman', 'Decimal', 'None']);
  });

  it('marks running headers, footers and rules as artifacts, and leaves no text unmarked', () => {
    expect(pdf.untagged).toEqual(['']);
    expect(pdf.artifacts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['Running header 1 Footer']);
  });
});
