/**
 * Work every PDF used to repeat, now done once per process (writers/pdf/shared-shaping.ts,
 * style-lookup.ts): the shaping of words, kept by each parsed font, and the style properties of the
 * inlines, kept per state of pdfmake's style stack. Both must leave the bytes of a PDF as they were.
 */
import type { Font } from 'fontkit';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { afterEach, describe, expect, it } from 'vitest';
import { fontFile } from '../../src/fonts/index.js';
import { createShared } from '../../src/fonts/shared-fontkit.js';
import { languageFor } from '../../src/languages/index.js';
import { renderPdfDefinition } from '../../src/writers/pdf/index.js';
import { cachedStyleProperty, StyleContextStackClass, uncachedStyleProperty } from '../../src/writers/pdf/style-lookup.js';

const latin = languageFor('en').fonts;
const han = languageFor('zh').fonts;
const families = [latin.body, latin.heading, han.body, han.heading];

const definition = (content: Content[]): TDocumentDefinitions => ({
  info: { title: 'Shared work', creationDate: new Date('2021-11-18T00:00:00Z'), modDate: new Date('2021-11-18T00:00:00Z') },
  defaultStyle: { font: latin.body.name, fontSize: 10 },
  styles: {
    heading: { font: latin.heading.name, bold: true, fontSize: 14, color: '#1a3d6d' },
    small: { fontSize: 8 },
    note: { italics: true, color: '#555555' },
    han: { font: han.body.name },
  },
  content,
});

/** Text in every way a style reaches an inline: named styles (alone, in arrays, nested), overrides, a table, lists. */
const styled: Content[] = [
  { text: 'Recommendations of the dialogue', style: 'heading' },
  { text: ['Plain text, ', { text: 'bold text, ', bold: true }, { text: 'a small note, ', style: ['small', 'note'] }, { text: 'superscript', sup: true }, ' and the rest.'] },
  { stack: [{ text: 'Inside a small stack ', style: 'note' }, { text: ['with ', { text: 'underlined', decoration: 'underline' }, ' words.'] }], style: 'small' },
  { text: ['数字经济', { text: '（重点）', bold: true }, '的发展与合作。'], style: 'han' },
  { table: { body: [[{ text: 'Name', style: 'heading' }, { text: '姓名', style: ['han', 'small'] }], [{ text: 'Dennis Blair' }, { text: 'Dennis Blair', color: '#aa0000' }]] } },
  { ul: [{ text: 'First', style: 'note' }, { text: ['Second, ', { text: 'bold', bold: true }] }, { ol: [{ text: '编号', style: 'han' }] }] },
];

/** The fontkit font pdfkit sets text in for a face: one parsed font per file for the process. */
const sharedFont = async (file: string): Promise<Font> => createShared(await fontFile(file)) as Font;

describe('shaping shared between PDFs', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  /** Counts the texts fontkit shapes in a face from now on. */
  async function countShaping(file: string): Promise<string[]> {
    const font = await sharedFont(file);
    const layout = font.layout;
    const shaped: string[] = [];
    font.layout = ((text: string, ...rest: unknown[]) => (shaped.push(text), (layout as (...args: unknown[]) => unknown).call(font, text, ...rest))) as Font['layout'];
    restore = () => (font.layout = layout);
    return shaped;
  }

  it('shapes a word once per process: a second PDF of the same text shapes nothing and has the same bytes', async () => {
    const content: Content[] = [{ text: 'Cross-border data flows and the digital economy.' }, { text: '跨境数据流动与数字经济。', font: han.body.name }];
    const first = await renderPdfDefinition(definition(content), families);
    const latinShaped = await countShaping(latin.body.faces.normal);
    const second = await renderPdfDefinition(definition(content), families);
    expect(latinShaped).toEqual([]);
    expect(second.equals(first)).toBe(true);
    // Control: words not set before are shaped, once each.
    await renderPdfDefinition(definition([{ text: 'Semiconductor supply chains semiconductor' }]), families);
    expect(latinShaped.sort()).toEqual(['Semiconductor ', 'chains ', 'semiconductor', 'supply ']);
  });

  it('sets text shaped for another PDF where it belongs: a PDF is the same after other PDFs as first in a process', async () => {
    const alone = await renderPdfDefinition(definition(styled), families);
    await renderPdfDefinition(definition([{ text: 'Plain text, bold text and the rest, in another size.', fontSize: 17 }, { text: '数字经济的发展', font: han.body.name, fontSize: 21 }]), families);
    expect((await renderPdfDefinition(definition(styled), families)).equals(alone)).toBe(true);
  });
});

describe('style properties resolved once per state of the style stack', () => {
  afterEach(() => {
    StyleContextStackClass.getStyleProperty = cachedStyleProperty;
  });

  it('is in place of pdfmake\'s lookup', () => {
    expect(StyleContextStackClass.getStyleProperty).toBe(cachedStyleProperty);
  });

  it('gives the bytes pdfmake\'s own lookup gives, for every way a style reaches an inline', async () => {
    const cached = await renderPdfDefinition(definition(styled), families);
    StyleContextStackClass.getStyleProperty = uncachedStyleProperty;
    const uncached = await renderPdfDefinition(definition(styled), families);
    expect(cached.equals(uncached)).toBe(true);
  });

  it('answers again when the stack changes, and as before when it is back as it was', () => {
    type Stack = { push(entry: unknown): void; pop(): void; styleOverrides: unknown[] };
    const Stack = StyleContextStackClass as unknown as new (styles: object, defaults: object) => Stack;
    const stack = new Stack({ body: { fontSize: 10 }, small: { fontSize: 8 }, strong: { bold: true } }, { fontSize: 12 });
    const fontSize = (item: Record<string, unknown>): unknown => cachedStyleProperty(item, stack, 'fontSize', 12);
    expect(fontSize({ text: 'a' })).toBe(12);
    stack.push('body');
    expect([fontSize({ text: 'a' }), fontSize({ text: 'b', style: 'small' }), fontSize({ text: 'c', style: 'strong' }), fontSize({ text: 'd', fontSize: 20 })]).toEqual([10, 8, 10, 20]);
    stack.push({ fontSize: 9 });
    expect(fontSize({ text: 'a' })).toBe(9);
    stack.pop();
    expect(fontSize({ text: 'a' })).toBe(10);
    stack.pop();
    expect(fontSize({ text: 'a' })).toBe(12);
  });

  it('answers again when the stack changes: the same named style under other parents', async () => {
    const nested: Content[] = ['heading', 'small', 'note'].map((parent) => ({ stack: [{ text: 'Same style, another parent', style: 'note' }, { text: 'and no style' }], style: parent }));
    const cached = await renderPdfDefinition(definition(nested), families);
    StyleContextStackClass.getStyleProperty = uncachedStyleProperty;
    expect(cached.equals(await renderPdfDefinition(definition(nested), families))).toBe(true);
  });
});
