import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { BriefingError } from '../../src/errors.js';
import type { ManifestEntry } from '../../src/io/manifest.js';
import { flattenLocale, type LocaleTree } from '../../src/source/locales.js';
import { attribute, findAll, htmlText, textContent } from '../../src/writers/html/read.js';
import { compactText, squash, type ExtractedText } from '../../src/writers/common/text.js';
import { docxText } from '../../src/writers/docx/read.js';
import { pdfText } from '../../src/writers/pdf/read.js';
import { EN_LOCALE_FILE, REPO_ROOT, edit, scratchProject } from '../helpers/project.js';
import { captionPages, continuedOnLaterPages } from '../helpers/continued-tables.js';
import { docxParts, embeddedDocxFaces, hanCharacters, runText } from '../helpers/docx-fonts.js';

const ZH_LOCALE_FILE = EN_LOCALE_FILE.replace(`${path.sep}en${path.sep}`, `${path.sep}zh${path.sep}`);
const zh = JSON.parse(await readFile(path.join(REPO_ROOT, ZH_LOCALE_FILE), 'utf8')) as LocaleTree;
/** The strings an edition prints: everything but organization names (printed inside positions) and meta.shortTitle. */
const printed = flattenLocale(zh).filter(({ key }) => !/^organizations\.|^meta\.shortTitle$/.test(key));
const boldPhrases = flattenLocale(zh).flatMap(({ text }) => [...text.matchAll(/<strong>(.*?)<\/strong>/g)].map((m) => m[1]!));

let outDir: string;
let outputs: ManifestEntry[];
const extracted: Record<string, ExtractedText> = {};

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'briefing-zh-'));
  ({ outputs } = await build({ root: REPO_ROOT, editions: ['zh'], formats: ['pdf', 'docx', 'html'], outDir }));
  extracted.pdf = await pdfText(path.join(outDir, 'zh.pdf'));
  extracted.docx = await docxText(path.join(outDir, 'zh.docx'));
  extracted.html = await htmlText(path.join(outDir, 'zh.html'));
});

describe.each(['pdf', 'docx', 'html'])('Chinese %s edition', (format) => {
  it('contains every Chinese string of the agreement, its participants and the Chinese date', () => {
    const text = compactText(extracted[format]!.text);
    const missing = printed.map(({ key, text: value }) => ({ key, value: compactText(stripInlineMarkup(value)) })).filter(({ value }) => !text.includes(value));
    expect(printed.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
    expect(text).toContain('2021年11月17日至18日');
  });

  it('sets the emphasized phrases in bold', () => {
    expect(boldPhrases).toHaveLength(8);
    for (const phrase of boldPhrases) expect(compactText(extracted[format]!.bold)).toContain(compactText(phrase));
  });
});

describe('Chinese edition structure', () => {
  it('has the same section ids in the same order as the English edition', () => {
    for (const output of outputs) {
      expect(output).toMatchObject({ edition: 'zh', languages: ['zh'] });
      expect(output.sections).toEqual(['opening', 'importance', 'risks', 'way-forward', 'track2', 'conclusion', 'participants']);
    }
  });
});

describe('Chinese PDF typography', () => {
  it('embeds subsets of the Noto Serif SC and Noto Sans SC faces, regular and bold', async () => {
    const pdf = await readFile(path.join(outDir, 'zh.pdf'), 'latin1');
    const fonts = [...new Set([...pdf.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]!.slice(7)))].sort();
    expect(fonts).toEqual(['NotoSansSC-Bold', 'NotoSerifSC-Bold', 'NotoSerifSC-Regular']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', async () => {
    const { pages } = await pdfText(path.join(outDir, 'zh.pdf'));
    const lines = pages.flatMap((page) => page.split('\n')).map((line) => line.trim()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(150);
    expect(lines.filter((line) => /^[，。、；：？！）》”』」]/.test(line))).toEqual([]);
    expect(lines.filter((line) => /[（《“『「]$/.test(line))).toEqual([]);
  });

  it('never breaks a line between a number and its unit (2021年, 11月, 18日)', async () => {
    const { pages } = await pdfText(path.join(outDir, 'zh.pdf'));
    const lines = pages.flatMap((page) => page.split('\n')).map((line) => line.trim()).filter(Boolean);
    const splits = lines.flatMap((line, i) => (/\d$/.test(line) && /^[\p{Script=Han}]/u.test(lines[i + 1] ?? '') ? [`${line.slice(-12)} | ${lines[i + 1]!.slice(0, 4)}`] : []));
    expect(lines.join('')).toContain('北京时间2021年11月18日');
    expect(splits).toEqual([]);
  });

  it('numbers pages in Chinese', async () => {
    const { pages } = await pdfText(path.join(outDir, 'zh.pdf'));
    pages.forEach((page, i) => expect(squash(page)).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`));
  });
});

describe('Chinese PDF tables continued on the next page', () => {
  it('repeat their heading there marked （续）, and only there', async () => {
    const { pages: text } = await pdfText(path.join(outDir, 'zh.pdf'));
    const delegations = ['美方参会人员', '中方参会人员'].map((caption) => captionPages(text, caption, '（续）'));
    expect(delegations.some((pages) => pages.length > 1)).toBe(true);
    for (const pages of delegations) expect(pages).toEqual(continuedOnLaterPages(pages));
  });
});

describe('Chinese DOCX typography', () => {
  it('sets East Asian fonts apart from Latin fonts and marks the language zh-CN', async () => {
    const parts = unzipSync(new Uint8Array(await readFile(path.join(outDir, 'zh.docx'))));
    const styles = strFromU8(parts['word/styles.xml']!);
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:eastAsia="Noto Serif SC"[^>]*w:hint="eastAsia"/);
    expect(defaults).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    const heading = /<w:style w:type="paragraph" w:styleId="Heading1">.*?<\/w:style>/s.exec(styles)![0];
    expect(heading).toMatch(/w:eastAsia="Noto Sans SC"/);
  });

  it('embeds subsets of its Chinese faces (Word: embed fonts, only the characters used) that hold every Chinese character it sets', async () => {
    const xml = await docxParts(path.join(outDir, 'zh.docx'));
    expect(xml('word/settings.xml')).toMatch(/<w:embedTrueTypeFonts\/><w:saveSubsetFonts\/>/);
    expect(xml('[Content_Types].xml')).toContain('<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>');
    const embedded = await embeddedDocxFaces(path.join(outDir, 'zh.docx'));
    for (const { entry } of embedded) expect(entry).toContain('<w:charset w:val="86"/>'); // GB2312: a Simplified Chinese font
    expect(embedded.map((e) => `${e.name} ${e.face} ${e.font.postscriptName}`)).toEqual([
      'Noto Sans SC Bold NotoSansSC-Bold',
      'Noto Serif SC Regular NotoSerifSC-Regular',
      'Noto Serif SC Bold NotoSerifSC-Bold',
    ]);
    // Subsets: a few hundred glyphs each, not the 30,000 of the fonts.
    for (const { font } of embedded) expect(font.numGlyphs).toBeLessThan(1500);
    // Every Chinese character of the document, its headings (Hei) and its running header and footer has a glyph.
    const all = hanCharacters(['word/document.xml', 'word/header1.xml', 'word/footer1.xml'].map((part) => runText(xml(part))).join(''));
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter((c) => !embedded.some(({ font }) => font.hasGlyphForCodePoint(c.codePointAt(0)!)))).toEqual([]);
    const headings = hanCharacters([...xml('word/document.xml').matchAll(/<w:pStyle w:val="(?:Title|Heading[12])"\/>.*?<\/w:p>/g)].map((m) => m[0].replace(/<[^>]+>/g, '')).join(''));
    const hei = embedded.find((e) => e.name === 'Noto Sans SC')!.font;
    expect(headings.filter((c) => !hei.hasGlyphForCodePoint(c.codePointAt(0)!))).toEqual([]);
  });
});

describe('Chinese document properties', () => {
  const common = JSON.parse(readFileSync(path.join(REPO_ROOT, 'locales', 'zh', 'common.json'), 'utf8')) as { topics: Record<string, string> };
  const meta = (zh as { meta: Record<string, string> }).meta;
  const organizations = (zh as { organizations: Record<string, string> }).organizations;
  const title = `${meta.dialogue}：${meta.title}`;
  const author = [organizations.ncuscr, organizations.ciids].join('、');

  it('joins title and organizers with Chinese punctuation and lists Chinese keywords, in PDF (Info and XMP), DOCX and HTML', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(await readFile(path.join(outDir, 'zh.pdf'))), verbosity: 0 }).promise;
    const { info, metadata } = (await pdf.getMetadata()) as unknown as { info: Record<string, string>; metadata: { get(name: string): unknown } };
    const keywords = info.Keywords!.split('；');
    expect([info.Title, info.Author]).toEqual([title, author]);
    expect(keywords).toContain(common.topics.semiconductors);
    expect(keywords.every((k) => k in Object.fromEntries(Object.values(common.topics).map((v) => [v, true])))).toBe(true);
    expect([metadata.get('dc:title'), metadata.get('pdf:keywords')]).toEqual([title, info.Keywords]);

    const core = strFromU8(unzipSync(new Uint8Array(await readFile(path.join(outDir, 'zh.docx'))))['docProps/core.xml']!);
    expect(core).toContain(`<dc:title>${title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${author}</dc:creator>`);
    expect(core).toContain(`<cp:keywords>${info.Keywords}</cp:keywords>`);

    const { document } = (await htmlText(path.join(outDir, 'zh.html'))) as Awaited<ReturnType<typeof htmlText>>;
    const metaContent = (name: string) => attribute(findAll(document, (e) => e.tagName === 'meta' && attribute(e, 'name') === name)[0]!, 'content');
    expect([textContent(findAll(document, (e) => e.tagName === 'title')[0]!), metaContent('author'), metaContent('keywords')]).toEqual([title, author, info.Keywords]);
  });
});

describe('Chinese HTML', () => {
  it('is marked zh-Hans and embeds fonts that have every character it shows', async () => {
    const { document } = (await htmlText(path.join(outDir, 'zh.html'))) as Awaited<ReturnType<typeof htmlText>>;
    const html = findAll(document, (e) => e.tagName === 'html')[0]!;
    expect(attribute(html, 'lang')).toBe('zh-Hans');
    const css = findAll(document, (e) => e.tagName === 'style').map(textContent).join('');
    const faces = [...css.matchAll(/font-family: "([^"]+)"; font-weight: (\d+);[^}]*base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(faces.map((f) => `${f[1]} ${f[2]}`)).toEqual(['Noto Serif SC 400', 'Noto Serif SC 700', 'Noto Sans SC 700']);
    const regular = fontkit.create(Buffer.from(faces[0]![3]!, 'base64')) as fontkit.Font;
    const plain = (e: Parameters<typeof textContent>[0]): string =>
      'childNodes' in e ? e.childNodes.filter((c) => !('tagName' in c) || c.tagName !== 'strong').map(plain).join('') : textContent(e);
    const body = findAll(document, (e) => e.tagName === 'p' && !['group-label', 'venue'].includes(attribute(e, 'class') ?? '')).map(plain).join('');
    const missing = [...new Set(body)].filter((c) => c.trim() && !regular.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
    expect(css).not.toMatch(/url\((?!data:)/); // no request for a font file
  });
});

describe('Chinese HTML line breaking', () => {
  it('keeps every number with the Han character after it on one line (a nowrap span)', async () => {
    const { document } = await htmlText(path.join(outDir, 'zh.html'));
    const main = findAll(document, (e) => e.tagName === 'main')[0]!;
    const kept = findAll(main, (e) => attribute(e, 'class') === 'nobr').map(textContent);
    const all = [...textContent(main).matchAll(/\d+(?:[.,]\d+)*[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/gu)].map((m) => m[0]);
    expect(kept).toContain('2021年');
    expect(kept.sort()).toEqual(all.sort());
    const css = findAll(document, (e) => e.tagName === 'style').map(textContent).join('');
    expect(css).toContain('.nobr { white-space: nowrap; }');
  });
});

describe('glyph coverage', () => {
  it('fails the build naming the character, its code point and the key', async () => {
    const root = await scratchProject();
    await edit(root, ZH_LOCALE_FILE, '"conclusion": "结语"', '"conclusion": "结语😀"');
    const error = (await build({ root, editions: ['zh'], formats: ['html'], outDir: path.join(root, 'dist') }).catch((e: unknown) => e)) as BriefingError;
    expect(error).toBeInstanceOf(BriefingError);
    expect(error.message).toBe(
      `${ZH_LOCALE_FILE}: key sections.conclusion: character "😀" (U+1F600) is not in the font NotoSerifSC 400Regular: replace it, or set the edition in a font that has it`,
    );
  });
});
