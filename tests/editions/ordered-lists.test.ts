/**
 * Ordered lists keep their numbers in every edition and format, the Chinese side numbered the same
 * way with Chinese marks (1. then （1）). The shipped agreement has none, so a scratch copy makes the
 * Track I list (which has a nested list) ordered; numbers are read back from the outputs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { attribute, findAll, htmlText, textContent } from '../../src/writers/html/read.js';
import { pdfTextItems, type PdfTextItem } from '../../src/writers/pdf/read.js';
import { AGREEMENT_FILE, edit, scratchProject } from '../helpers/project.js';

let out = '';

beforeAll(async () => {
  const root = await scratchProject();
  await edit(root, AGREEMENT_FILE, /(- id: track1-areas\n\s+type: list\n)/, '$1        ordered: true\n');
  out = path.join(root, 'out');
  await build({ root, editions: ['zh', 'bilingual'], formats: ['pdf', 'docx', 'html'], outDir: out, layout: 'parallel' });
});

/** The list's items: the start of each item's text in both languages, and its number at its level. */
const ITEMS = [
  { en: 'Create a favorable atmosphere', zh: '鼓励两国内阁级官员', level: 0, number: 1 },
  { en: 'Define how both nations', zh: '明确两国如何', level: 0, number: 2 },
  { en: 'Export restrictions on semiconductors', zh: '对于中国企业仅用于', level: 1, number: 1 },
  { en: 'Joint venture requirements', zh: '在华运营的全球云服务', level: 1, number: 2 },
  { en: 'Develop mechanisms to limit', zh: '建立相关机制', level: 0, number: 3 },
];
const mark = (lang: 'en' | 'zh', level: number, number: number): string =>
  level === 0 ? `${number}.` : lang === 'zh' ? `（${number}）` : `${String.fromCharCode(96 + number)})`;

/**
 * The PDF's lines as text, without spaces (justified Chinese is drawn character by character), each
 * column of a parallel edition on its own: a marked item's line starts with its mark.
 */
function lines(items: readonly PdfTextItem[], columns: boolean): string[] {
  const byLine = new Map<string, PdfTextItem[]>();
  for (const item of items) {
    if (!item.str.trim()) continue;
    const key = `${item.page}:${Math.round(item.y)}:${columns && item.x > 297 ? 1 : 0}`;
    byLine.set(key, [...(byLine.get(key) ?? []), item]);
  }
  return [...byLine.values()].map((line) => line.sort((a, b) => a.x - b.x).map((i) => i.str).join('').replace(/\s+/g, ''));
}

describe('an ordered list', () => {
  it('checks its own fixture: the item texts it looks for exist', async () => {
    const en = JSON.stringify(JSON.parse(await readFile(path.join(out, '..', 'locales', 'en', 'track2-2021.json'), 'utf8')));
    for (const item of ITEMS) expect(en).toContain(item.en);
  });

  it.each(['zh', 'bilingual'] as const)('pdf (%s): every item is drawn with its number, in Chinese marks on the Chinese side', async (edition) => {
    const text = lines(await pdfTextItems(path.join(out, `${edition}.pdf`)), edition === 'bilingual');
    const languages = edition === 'zh' ? (['zh'] as const) : (['en', 'zh'] as const);
    const marked = (lang: 'en' | 'zh', item: (typeof ITEMS)[number]) => text.some((line) => line.startsWith(mark(lang, item.level, item.number) + item[lang].replace(/\s+/g, '')));
    const missing = ITEMS.flatMap((item) => languages.filter((lang) => !marked(lang, item)).map((lang) => `${mark(lang, item.level, item.number)} ${item[lang]}`));
    expect(missing).toEqual([]);
  });

  it('pdf: the tagged lists name the numerals they draw (ListNumbering): a) LowerAlpha in English, （1） Decimal in Chinese', async () => {
    const numbering = async (edition: string) => new Set([...(await readFile(path.join(out, `${edition}.pdf`), 'latin1')).matchAll(/\/ListNumbering \/(\w+)/g)].map((m) => m[1]));
    expect(await numbering('bilingual')).toContain('LowerAlpha');
    const zh = await numbering('zh');
    expect(zh).toContain('Decimal');
    expect(zh).not.toContain('LowerAlpha');
  });

  it('html (bilingual): each pair numbers its item alike in both languages (start), Chinese marks by level from the stylesheet', async () => {
    const { document } = await htmlText(path.join(out, 'bilingual.html'));
    const pairs = findAll(document, (e) => attribute(e, 'class') === 'pair' && ITEMS.some((item) => textContent(e).trimStart().startsWith(item.en)));
    const starts = pairs.map((pair) => findAll(pair, (e) => e.tagName === 'ol').map((ol) => attribute(ol, 'start') ?? '1'));
    expect(starts).toEqual(ITEMS.map((item) => [String(item.number), String(item.number)]));
    const html = await readFile(path.join(out, 'bilingual.html'), 'utf8');
    expect(html).toMatch(/@counter-style (briefing-zh-1) \{ system: extends decimal; prefix: "（"; suffix: "）"; \}\n:lang\(zh\) li > ol, :lang\(zh\) ol\.depth-1 \{ list-style-type: \1; \}/);
  });

  it('docx (bilingual): the items of each language continue one numbering, in that language\'s marks', async () => {
    const parts = unzipSync(new Uint8Array(await readFile(path.join(out, 'bilingual.docx'))));
    const document = strFromU8(parts['word/document.xml']!);
    const numbering = strFromU8(parts['word/numbering.xml']!);
    // The numbering instance of the paragraph holding each item's text, per language.
    const numId = (start: string) => document.match(new RegExp(`<w:numId w:val="(\\d+)"/>(?:(?!<w:p>).)*?${start}`, 's'))?.[1];
    for (const lang of ['en', 'zh'] as const) {
      const top = ITEMS.filter((item) => item.level === 0).map((item) => numId(item[lang]));
      expect(new Set(top).size).toBe(1);
      expect(top[0]).toBeDefined();
    }
    expect(numId(ITEMS[0]!.en)).not.toBe(numId(ITEMS[0]!.zh));
    expect(numbering).toContain('<w:lvlText w:val="（%2）"/>');
    expect(numbering).toContain('<w:lvlText w:val="%2)"/>');
  });
});
