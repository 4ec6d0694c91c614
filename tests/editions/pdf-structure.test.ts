/**
 * The tagged structure of the built PDFs, read back with pdf.js (`getStructTree`): headings, lists,
 * participants tables, the packet's contents, per-element language and the bilingual reading order.
 * One build for the whole file.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { usedKeys } from '../../src/check/catalog.js';
import { compactText } from '../../src/writers/common/text.js';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { flattenLocale, type LocaleTree } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import { allElements, readTaggedPdf, type StructElement, type TaggedPdf } from '../helpers/pdf-structure.js';
import { REPO_ROOT } from '../helpers/project.js';

const agreement = await loadAgreement(REPO_ROOT);
const strings = async (lang: string): Promise<Map<string, string>> =>
  new Map(flattenLocale(JSON.parse(await readFile(path.join(REPO_ROOT, 'locales', lang, 'track2-2021.json'), 'utf8')) as LocaleTree).map((e) => [e.key, compactText(stripInlineMarkup(e.text))]));
const en = await strings('en');
const zh = await strings('zh');
const sectionTitles = (s: Map<string, string>) => agreement.sections.flatMap((section) => s.get(`sections.${section.id}`) ?? []);
const people = (s: Map<string, string>) => agreement.delegations.flatMap((d) => d.people.map((p) => s.get(`people.${p.id}.name`)!));
const blockKeys = usedKeys(agreement)
  .map((k) => k.key)
  .filter((key) => key.startsWith('blocks.'));

const pdfs: Record<string, TaggedPdf> = {};
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'briefing-pdf-structure-'));
  await build({ root: REPO_ROOT, editions: ['en', 'bilingual'], profiles: ['semiconductor-industry'], formats: ['pdf'], outDir });
  for (const name of ['en', 'bilingual', 'semiconductor-industry']) pdfs[name] = await readTaggedPdf(path.join(outDir, `${name}.pdf`));
});

const withRole = (pdf: TaggedPdf, role: string): StructElement[] => allElements(pdf.elements).filter((e) => e.role === role);
/** Element texts of a role, an element continued on the next page joined to its first part. */
const textsOf = (pdf: TaggedPdf, role: string, lang?: string): string[] =>
  withRole(pdf, role)
    .filter((e) => lang === undefined || e.lang === lang)
    .map((e) => compactText(e.text));

describe('tagged PDF editions', () => {
  it('English: the title is H1, the sections and participants H2, the delegations H3, in order', () => {
    const pdf = pdfs.en!;
    expect(textsOf(pdf, 'H1')).toEqual([en.get('meta.title')]);
    expect(textsOf(pdf, 'H2')).toEqual([...sectionTitles(en), 'Participants']);
    expect(textsOf(pdf, 'H3')).toEqual(['American Participants', 'Chinese Participants']);
  });

  it('English: every list item is an LI with a label and a body, and its text is the item', () => {
    const pdf = pdfs.en!;
    const items = withRole(pdf, 'LI');
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item.children.map((c) => c.role)).toEqual(['Lbl', 'LBody']);
    // pdf.js also reports elements of other pages, without their text.
    const texts = items.map((item) => ({ text: compactText(item.children[1]!.children[0]!.text), page: item.page })).filter((item) => item.text);
    // An item that runs over a page break is reported on both pages: its parts are joined.
    const joined = texts.slice(1).map((item, i) => (item.page > texts[i]!.page ? compactText(`${texts[i]!.text} ${item.text}`) : ''));
    const itemTexts = new Set([...texts.map((t) => t.text), ...joined]);
    const listKeys = blockKeys.filter((key) => agreement.sections.some((s) => JSON.stringify(s).includes(`"${key.split('.').pop()}"`)) && /-\d+$/.test(key));
    expect(listKeys.filter((key) => !itemTexts.has(en.get(key)!))).toEqual([]);
  });

  it('English: the participants tables have a header row of TH and one row of TD per person, in order', () => {
    const pdf = pdfs.en!;
    const tables = withRole(pdf, 'Table');
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) expect(table.children[0]!.children.map((c) => c.role)).toEqual(['TH', 'TH']);
    // A table continued on the next page repeats its heading row as an artifact: only the first is tagged.
    const headerRows = withRole(pdf, 'TR').filter((row) => row.children[0]!.role === 'TH');
    expect(headerRows.map((row) => row.children.map((c) => c.text))).toEqual(tables.map(() => ['Name', 'Position and affiliation']));
    const names = withRole(pdf, 'TR')
      .filter((row) => row.children[0]!.role === 'TD')
      .map((row) => compactText(row.children[0]!.text));
    expect(names).toEqual(people(en));
  });

  it('marks running headers and footers as artifacts and leaves no text untagged', () => {
    for (const pdf of Object.values(pdfs)) {
      expect(pdf.untagged.filter(Boolean)).toEqual([]);
      expect(pdf.artifacts.slice(1).every((text) => text.length > 0)).toBe(true);
    }
    expect(pdfs.en!.artifacts[1]).toContain(en.get('meta.shortTitle'));
    expect(allElements(pdfs.en!.elements).some((e) => e.text.includes(en.get('meta.shortTitle')!))).toBe(false);
  });

  it('bilingual: each Chinese block is an element in zh-Hans; English blocks carry no language of their own', () => {
    const pdf = pdfs.bilingual!;
    const divs = withRole(pdf, 'Div');
    expect(divs.filter((d) => d.lang === 'zh-Hans').length).toBeGreaterThan(30);
    expect(divs.filter((d) => d.lang && d.lang !== 'zh-Hans')).toEqual([]);
    // Every element with Chinese text is, or is inside, an element in zh-Hans.
    const outside: string[] = [];
    const visit = (e: StructElement, lang?: string): void => {
      const own = e.lang ?? lang;
      if (e.children.length === 0 && /\p{Script=Han}/u.test(e.text) && own !== 'zh-Hans') outside.push(e.text);
      e.children.forEach((c) => visit(c, own));
    };
    pdf.elements.forEach((e) => visit(e));
    expect(outside).toEqual([]);
    const chineseHeadings = divs.filter((d) => d.lang === 'zh-Hans' && d.children[0]?.role === 'H2').map((d) => compactText(d.text));
    expect(chineseHeadings).toEqual([...sectionTitles(zh), '参会人员']);
  });

  it('bilingual: reads pair by pair, each block whole in English and then in Chinese', () => {
    const pdf = pdfs.bilingual!;
    // The leaf blocks in reading order; one that runs over a page break is reported once per page.
    const leaves = allElements(pdf.elements)
      .filter((e) => e.role === 'Div' && e.children.length === 1 && ['P', 'L'].includes(e.children[0]!.role))
      .map((e) => ({ lang: e.lang ?? 'en', text: compactText(e.text), page: e.page }));
    const problems: string[] = [];
    let position = -1;
    for (const key of blockKeys) {
      const find = (lang: string, text: string): number => {
        for (let i = position + 1; i < leaves.length; i++) {
          if (leaves[i]!.lang !== lang || !text.startsWith(leaves[i]!.text)) continue;
          if (leaves[i]!.text === text) return i;
          // Continued on the next page: the next leaf in this language there completes it.
          const rest = leaves.slice(i + 1).find((l) => l.lang === lang && l.page === leaves[i]!.page + 1);
          // A line broken after a hyphen ("non-" | "Chinese") joins without a space.
          const joined = leaves[i]!.text.endsWith('-') ? `${leaves[i]!.text}${rest?.text}` : `${leaves[i]!.text} ${rest?.text}`;
          if (rest && compactText(joined) === text) return i;
        }
        return -1;
      };
      const e = find('en', en.get(key)!);
      const c = e < 0 ? -1 : find('zh-Hans', zh.get(key)!);
      if (e < 0 || c < 0 || c < e) problems.push(key);
      else position = e;
    }
    expect(problems).toEqual([]);
  });

  it('packet: the cover title, the document\'s title, is its first heading, an H1, and no heading level is skipped after it', async () => {
    const pdf = pdfs['semiconductor-industry']!;
    const profile = (await readFile(path.join(REPO_ROOT, 'data', 'profiles', 'semiconductor-industry.yaml'), 'utf8')).match(/^ {2}zh: (.+)$/m)![1]!;
    const headings = allElements(pdf.elements).filter((e) => /^H\d$/.test(e.role) && e.text);
    expect([headings[0]!.role, compactText(headings[0]!.text)]).toEqual(['H1', compactText(profile)]);
    expect(textsOf(pdf, 'H1')).toEqual([compactText(profile), zh.get('meta.title')]);
    const levels = headings.map((h) => Number(h.role[1]));
    expect(levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1)).toEqual([]);
  });

  it('packet: the contents are a TOC whose items link to the pages of their sections', () => {
    const pdf = pdfs['semiconductor-industry']!;
    const [toc] = withRole(pdf, 'TOC');
    expect(toc!.children.length).toBeGreaterThanOrEqual(3);
    for (const item of toc!.children) {
      expect(item.role).toBe('TOCI');
      expect(item.children.map((c) => c.role)).toEqual(['P', 'Link']);
      expect(item.children[1]!.text).toMatch(/^\d+$/);
    }
  });
});

/** The catalog entries and XMP properties a PDF/UA (and PDF/A) reader looks for first. */
async function identification(file: string): Promise<{ marked: unknown; displayDocTitle: unknown; xmp: Record<string, unknown> }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const { metadata } = (await pdf.getMetadata()) as { metadata: Iterable<[string, unknown]> };
  const preferences = (await pdf.getViewerPreferences()) as Record<string, unknown> | null;
  return { marked: (await pdf.getMarkInfo())?.Marked, displayDocTitle: preferences?.DisplayDocTitle, xmp: Object.fromEntries(metadata) };
}

describe('PDF identification', () => {
  it('is marked, shows its title, and claims PDF/UA-1 in XMP', async () => {
    const { marked, displayDocTitle, xmp } = await identification(path.join(outDir, 'en.pdf'));
    expect([marked, displayDocTitle, xmp['pdfuaid:part']]).toEqual([true, true, '1']);
    expect(xmp['pdfaid:part']).toBeUndefined();
  });

  it('--pdf-standard pdfa-2u claims PDF/A-2u as well', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefing-pdfa-'));
    await build({ root: REPO_ROOT, editions: ['en'], formats: ['pdf'], outDir: dir, pdfStandard: 'pdfa-2u' });
    const { marked, xmp } = await identification(path.join(dir, 'en.pdf'));
    expect([marked, xmp['pdfuaid:part'], xmp['pdfaid:part'], xmp['pdfaid:conformance']]).toEqual([true, '1', '2', 'U']);
    // The Info dictionary's dates are in the XMP too, as PDF/A requires.
    expect([xmp['xmp:createdate'], xmp['xmp:modifydate']]).toEqual(['2021-11-18T00:00:00Z', '2021-11-18T00:00:00Z']);
  });
});
