/**
 * The Traditional Chinese edition: one language-table entry (src/languages/zh-hant.ts) and the
 * locales/zh-Hant/ folder written by `briefing convert`. Built once, in every format, and read back.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { runCheck, type CheckResult } from '../../src/check/index.js';
import { pdfText } from '../../src/writers/pdf/read.js';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { conversionNames, conversionReason, convertedLanguage, convertStrings, loadConversionRecord } from '../../src/convert/index.js';
import { openccConverter, type Converter } from '../../src/convert/opencc.js';
import { languageFor } from '../../src/languages/index.js';
import { loadGlossary, renderingIn } from '../../src/source/glossary.js';
import { loadAgreement } from '../../src/source/project.js';
import { flattenLocale, type LocaleTree } from '../../src/source/locales.js';
import { OUTPUT_FORMATS, type Format } from '../../src/writers/index.js';
import { docxParts, embeddedDocxFaces, hanCharacters, runText } from '../helpers/docx-fonts.js';
import { REPO_ROOT, edit, scratchProject } from '../helpers/project.js';

const NS = 'track2-2021';
const readLocale = async (lang: string, name = NS): Promise<Record<string, unknown>> => JSON.parse(await readFile(path.join(REPO_ROOT, 'locales', lang, `${name}.json`), 'utf8')) as Record<string, unknown>;
const flat = (tree: Record<string, unknown>): Map<string, string> => new Map(flattenLocale(tree as LocaleTree).map(({ key, text }) => [key, text]));
const hant = flat(await readLocale('zh-Hant'));
const hans = flat(await readLocale('zh'));
/** The strings an edition prints: everything but organization names (printed inside positions) and meta.shortTitle. */
const printed = [...hant].filter(([key]) => !/^organizations\.|^meta\.shortTitle$/.test(key));
/** Chinese text compared without the spaces line breaks and justification leave. */
const compact = (text: string): string => text.replace(/\s+/g, '');
const FORMATS: Format[] = ['pdf', 'docx', 'html', 'md'];
const fileOf = (format: Format, edition = 'zh-Hant'): string => path.join(outDir, `${edition}.${format}`);

let outDir: string;
const texts: Partial<Record<Format, string>> = {};
let pdfLines: string[];
let check: CheckResult;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'briefing-zh-hant-'));
  await build({ root: REPO_ROOT, editions: ['zh-Hant'], formats: FORMATS, outDir });
  await build({ root: REPO_ROOT, editions: ['bilingual-zh-Hant'], formats: ['html'], outDir });
  // pdf.js reads the PDF once: its text, and its lines page by page.
  const pdf = await pdfText(fileOf('pdf'));
  pdfLines = pdf.pages.flatMap((page) => page.split('\n')).map((line) => line.trim()).filter(Boolean);
  texts.pdf = compact(pdf.text);
  for (const format of FORMATS.filter((f) => f !== 'pdf')) texts[format] = compact((await OUTPUT_FORMATS[format].searchableTexts(fileOf(format))).join('\n'));
  check = await runCheck({ root: REPO_ROOT });
}, 120_000);

describe.each(FORMATS)('Traditional Chinese %s edition', (format) => {
  it('gives back every Traditional string of the agreement and its participants, and the date', () => {
    const missing = printed.filter(([, text]) => !texts[format]!.includes(compact(stripInlineMarkup(text)))).map(([key]) => key);
    expect(printed.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
    expect(texts[format]).toContain('2021年11月17日至18日');
    expect(texts[format]).toContain('第四次數字經濟二軌對話');
  });
});

describe('the Traditional Chinese locale', () => {
  it('is the Simplified text converted: every agreement string differs only in script, vocabulary and quotation marks', () => {
    expect([...hant.keys()].sort()).toEqual([...hans.keys()].sort());
    expect(hant.get('meta.title')).toBe('共識文件'); // 文件 kept: OpenCC's Taiwan phrase table would make it 檔案
    expect(hant.get('blocks.risks-p1')).toContain('「脫鉤」'); // corner brackets, as Taiwan and Hong Kong quote
    expect([...hant.values()].join('')).not.toMatch(/[“”]/);
    expect(hant.get('blocks.importance-p1')).toContain('軟體、半導體和智慧財產權'); // Taiwan vocabulary
    // Names change script, not words: the glossary's institutions and laws keep their official names.
    expect(hant.get('organizations.ymtc')).toBe('長江存儲科技有限責任公司（YMTC）');
    expect(hant.get('blocks.risks-us-5')).toContain('《數據安全法》和《個人信息保護法》');
  });

  it('marks every converted string in the review file as machine-converted, naming what it was made from', async () => {
    const flags = JSON.parse(await readFile(path.join(REPO_ROOT, 'locales', 'zh-Hant', `${NS}.review.json`), 'utf8')) as Record<string, string>;
    const language = convertedLanguage('zh-Hant');
    const sourceFlags = JSON.parse(await readFile(path.join(REPO_ROOT, 'locales', 'zh', `${NS}.review.json`), 'utf8')) as Record<string, string>;
    expect(Object.keys(flags).sort()).toEqual([...hant.keys()].sort());
    for (const [key, reason] of Object.entries(flags)) expect(reason).toBe(conversionReason(language, hans.get(key)!, sourceFlags[key]));
    expect(flags['meta.title']).toBe('machine-converted from zh by OpenCC (cn → twp) from “共识文件”: confirm or correct it, then remove this line');
    expect(await loadConversionRecord(REPO_ROOT, 'zh-Hant', NS)).toEqual(Object.fromEntries(hans));
  });

  it('passes every check rule, with each converted string reported for review', () => {
    expect(check.errors.filter((f) => f.language === 'zh-Hant')).toEqual([]);
    expect(check.warnings.filter((f) => f.language === 'zh-Hant' && f.rule === 'review')).toHaveLength(hant.size);
  });

  it('has a glossary column of its own, which the terminology rule holds it to', async () => {
    const glossary = await loadGlossary(REPO_ROOT);
    const term = glossary.find((t) => t.english === 'Consensus Agreement')!;
    expect([renderingIn(term, 'zh'), renderingIn(term, 'zh-Hant')]).toEqual(['共识文件', '共識文件']);
    expect(glossary.every((t) => renderingIn(t, 'zh') === undefined || renderingIn(t, 'zh-Hant') !== undefined)).toBe(true);
  });
});

describe('Traditional Chinese typography', () => {
  it('sets the PDF in subsets of Noto Serif TC and Noto Sans TC, regular and bold, and no Simplified face', async () => {
    const pdf = await readFile(fileOf('pdf'), 'latin1');
    const fonts = [...new Set([...pdf.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]!.slice(7)))].sort();
    expect(fonts).toEqual(['NotoSansTC-Bold', 'NotoSerifTC-Bold', 'NotoSerifTC-Regular']);
    expect(pdf).toMatch(/\/Lang \(zh-TW\)/);
  });

  it('never starts a PDF line with closing punctuation nor ends one with opening punctuation', () => {
    expect(pdfLines.length).toBeGreaterThan(150);
    expect(pdfLines.filter((line) => /^[，。、；：？！）》」』]/.test(line))).toEqual([]);
    expect(pdfLines.filter((line) => /[（《「『]$/.test(line))).toEqual([]);
  });

  it('embeds in the DOCX subsets of the TC faces (Big5 in the font table) that hold every Han character it sets, East Asian text marked zh-TW', async () => {
    const xml = await docxParts(fileOf('docx'));
    const styles = xml('word/styles.xml');
    expect(/<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)![0]).toMatch(/w:eastAsia="Noto Serif TC"[^>]*w:hint="eastAsia".*<w:lang w:val="en-US" w:eastAsia="zh-TW"\/>/s);
    const embedded = await embeddedDocxFaces(fileOf('docx'));
    expect(embedded.map((e) => `${e.name} ${e.face} ${e.font.postscriptName}`)).toEqual(['Noto Sans TC Bold NotoSansTC-Bold', 'Noto Serif TC Regular NotoSerifTC-Regular', 'Noto Serif TC Bold NotoSerifTC-Bold']);
    for (const { entry } of embedded) expect(entry).toMatch(/<w:altName w:val="(PMingLiU|Microsoft JhengHei)"\/>.*<w:charset w:val="88"\/>/);
    const all = hanCharacters(['word/document.xml', 'word/header1.xml', 'word/footer1.xml'].map((part) => runText(xml(part))).join(''));
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter((c) => !embedded.some(({ font }) => font.hasGlyphForCodePoint(c.codePointAt(0)!)))).toEqual([]);
  });

  it('marks the HTML zh-Hant, styles it by :lang(zh-Hant) and embeds TC faces that have every character it shows', async () => {
    const html = await readFile(fileOf('html'), 'utf8');
    expect(html).toMatch(/<html lang="zh-Hant">/);
    expect(html).toContain(':lang(zh-Hant) {\n  --body-font: "Noto Serif TC"');
    expect(html).not.toContain(':lang(zh) {');
    const faces = [...html.matchAll(/font-family: "([^"]+)"; font-weight: (\d+);[^}]*base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(faces.map((f) => `${f[1]} ${f[2]}`)).toEqual(['Noto Serif TC 400', 'Noto Serif TC 700', 'Noto Sans TC 700']);
    const shown = hanCharacters(texts.html!);
    const fonts = faces.map((f) => fontkit.create(Buffer.from(f[3]!, 'base64')) as fontkit.Font);
    expect(shown.filter((c) => !fonts.some((font) => font.hasGlyphForCodePoint(c.codePointAt(0)!)))).toEqual([]);
  });

  it('pairs English with Traditional Chinese in the bilingual-zh-Hant edition, with a language switch', async () => {
    const html = await readFile(fileOf('html', 'bilingual-zh-Hant'), 'utf8');
    expect(html).toMatch(/data-block="opening-p1"><div lang="en"><p>The National Committee.*?<\/div><div lang="zh-Hant"><p>美中關係全國委員會/s);
    expect(html).toContain('<button type="button" value="zh-Hant" lang="zh-Hant" aria-pressed="false">繁體中文</button>');
  });
});

describe('briefing convert', () => {
  let converter: Converter;
  beforeAll(async () => {
    converter = await openccConverter(languageFor('zh-Hant').conversion!, conversionNames(await loadGlossary(REPO_ROOT), 'zh'));
  }, 60_000);

  it('converts again only what changed in the Simplified text, keeps a person’s correction, and check says what is stale until then', async () => {
    const root = await scratchProject();
    const agreement = await loadAgreement(root);
    const hantFile = path.join('locales', 'zh-Hant', `${NS}.json`);
    await edit(root, path.join('locales', 'zh', `${NS}.json`), '"conclusion": "结语"', '"conclusion": "结束语"');
    await edit(root, hantFile, '"track2": "二軌層面的並行努力"', '"track2": "二軌層面的平行努力"');
    const before = await runCheck({ root });
    expect(before.errors.filter((f) => f.language === 'zh-Hant').map((f) => `${f.rule} ${f.key}`)).toEqual(['stale sections.conclusion']);

    const result = await convertStrings(root, agreement, 'zh-Hant', converter);
    expect(result).toMatchObject({ converted: ['sections.conclusion'], unchanged: hant.size - 1, kept: 0, terms: 0 });
    const after = flat(JSON.parse(await readFile(path.join(root, hantFile), 'utf8')) as Record<string, unknown>);
    expect([after.get('sections.conclusion'), after.get('sections.track2')]).toEqual(['結束語', '二軌層面的平行努力']);
    const flags = JSON.parse(await readFile(path.join(root, 'locales', 'zh-Hant', `${NS}.review.json`), 'utf8')) as Record<string, string>;
    expect(flags['sections.conclusion']).toContain('from “结束语”');
    expect((await runCheck({ root })).errors.filter((f) => f.language === 'zh-Hant')).toEqual([]);
  });
});
