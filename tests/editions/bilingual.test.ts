import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { attribute, findAll, htmlText, textContent } from '../../src/writers/html/read.js';
import { compactText } from '../../src/writers/common/text.js';
import { docxText } from '../../src/writers/docx/read.js';
import { pdfColumns, pdfTextItems, pdfText, type PdfColumn } from '../../src/writers/pdf/read.js';
import { usedKeys } from '../../src/check/catalog.js';
import type { ManifestEntry } from '../../src/io/manifest.js';
import { flattenLocale, type LocaleTree } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import type { Layout } from '../../src/tree/types.js';
import { pdfThemeFor } from '../../src/writers/pdf/theme.js';
import { pageFill, pdfjsLines } from '../helpers/page-fill.js';
import { REPO_ROOT } from '../helpers/project.js';
import { captionPages, continuedOnLaterPages } from '../helpers/continued-tables.js';

const read = async (lang: string): Promise<Map<string, string>> =>
  new Map(flattenLocale(JSON.parse(await readFile(path.join(REPO_ROOT, 'locales', lang, 'track2-2021.json'), 'utf8')) as LocaleTree).map((e) => [e.key, e.text]));

const agreement = await loadAgreement(REPO_ROOT);
/** Every text block of the selection (paragraphs, group labels, list items), in document order. */
const blockIds = usedKeys(agreement)
  .filter((k) => k.key.startsWith('blocks.'))
  .map((k) => k.key.slice('blocks.'.length));
const en = await read('en');
const zh = await read('zh');
const text = (strings: Map<string, string>, id: string): string => compactText(stripInlineMarkup(strings.get(`blocks.${id}`)!));

const outDirs: Partial<Record<Layout, string>> = {};
const manifests: Partial<Record<Layout, ManifestEntry[]>> = {};

beforeAll(async () => {
  for (const layout of ['parallel', 'interleaved'] as const) {
    outDirs[layout] = await mkdtemp(path.join(tmpdir(), `briefing-bilingual-${layout}-`));
    manifests[layout] = (await build({ root: REPO_ROOT, editions: ['bilingual'], formats: ['pdf', 'docx', 'html'], outDir: outDirs[layout]!, layout })).outputs;
  }
});

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe.each(['parallel', 'interleaved'] as const)('bilingual edition, %s layout', (layout) => {
  it('lists both languages and every section in the manifest', () => {
    for (const output of manifests[layout]!) {
      expect(output).toMatchObject({ edition: 'bilingual', languages: ['en', 'zh'] });
      expect(output.sections).toEqual(['opening', 'importance', 'risks', 'way-forward', 'track2', 'conclusion', 'participants']);
    }
  });

  // A parallel PDF pair that runs over a page break interleaves its columns in reading order: its own test reads the columns.
  it.each(layout === 'parallel' ? (['docx'] as const) : (['pdf', 'docx'] as const))('%s: every block appears once in each language, English before Chinese, pair after pair', async (format) => {
    const file = path.join(outDirs[layout]!, `bilingual.${format}`);
    const extracted = compactText((format === 'pdf' ? await pdfText(file) : await docxText(file)).text);
    let previous = -1;
    const problems: string[] = [];
    for (const id of blockIds) {
      const [english, chinese] = [text(en, id), text(zh, id)];
      if (occurrences(extracted, english) !== 1 || occurrences(extracted, chinese) !== 1) problems.push(`${id}: not exactly once`);
      const [e, c] = [extracted.indexOf(english), extracted.indexOf(chinese)];
      if (!(previous < e && e < c)) problems.push(`${id}: out of order`);
      previous = c;
    }
    expect(blockIds.length).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it('html: every block is one data-block pair with an English and a Chinese child', async () => {
    const { document } = await htmlText(path.join(outDirs[layout]!, 'bilingual.html'));
    const marked = findAll(document, (e) => attribute(e, 'data-block') !== undefined);
    expect(marked.map((e) => attribute(e, 'data-block'))).toEqual(blockIds);
    for (const pair of marked) {
      const id = attribute(pair, 'data-block')!;
      const children = pair.childNodes.filter((n) => 'tagName' in n) as typeof marked;
      expect(children.map((c) => attribute(c, 'lang'))).toEqual(['en', 'zh-Hans']);
      expect(compactText(textContent(children[0]!))).toBe(text(en, id));
      expect(compactText(textContent(children[1]!))).toBe(text(zh, id));
    }
    const main = findAll(document, (e) => e.tagName === 'main')[0]!;
    expect(attribute(main, 'class')).toBe(`bilingual layout-${layout}`);
  });
});

const lineAt = (col: PdfColumn, offset: number) => col.lines.filter((line) => line.offset <= offset).at(-1)!;

describe('bilingual PDF, parallel layout', () => {
  it('sets English in the left column and Chinese in the right, each pair starting at the same height', async () => {
    const items = await pdfTextItems(path.join(outDirs.parallel!, 'bilingual.pdf'));
    const middle = 595.28 / 2;
    const [left, right] = pdfColumns(items, middle);
    const problems: string[] = [];
    let previous = [-1, -1];
    for (const id of blockIds) {
      const [e, c] = [left.text.indexOf(text(en, id)), right.text.indexOf(text(zh, id))];
      if (occurrences(left.text, text(en, id)) !== 1 || occurrences(right.text, text(zh, id)) !== 1) {
        problems.push(`${id}: not once in its column`);
        continue;
      }
      if (e <= previous[0]! || c <= previous[1]!) problems.push(`${id}: out of order`);
      const [el, cl] = [lineAt(left, e), lineAt(right, c)];
      if (el.page !== cl.page || Math.abs(el.y - cl.y) > 8) problems.push(`${id}: starts at page ${el.page} y ${el.y.toFixed(0)} in English, page ${cl.page} y ${cl.y.toFixed(0)} in Chinese`);
      previous = [e, c];
    }
    expect(problems).toEqual([]);
  });

  it('leaves no holes: the body of every page but the last is filled to within 5 % on average and 15 % at most', async () => {
    const items = await pdfTextItems(path.join(outDirs.parallel!, 'bilingual.pdf'));
    const [, top, , bottom] = pdfThemeFor('en').pageMargins;
    const fill = pageFill(pdfjsLines(items, 841.89), { top, bottom });
    expect(fill.measured.length).toBeGreaterThan(8);
    expect({ mean: fill.mean <= 0.05, max: fill.max <= 0.15, unused: fill.measured.map((m) => Math.round(m.unused * 100)) }).toMatchObject({ mean: true, max: true });
  });

  it('keeps every section heading (a heading pair moved to the next page is not lost)', async () => {
    const { text: body } = await pdfText(path.join(outDirs.parallel!, 'bilingual.pdf'));
    const titles = agreement.sections.filter((s) => !s.untitled).flatMap((s) => [en.get(`sections.${s.id}`)!, zh.get(`sections.${s.id}`)!]);
    expect(titles.filter((title) => !compactText(body).includes(compactText(title)))).toEqual([]);
  });
});

describe('bilingual PDF tables continued on the next page', () => {
  it.each(['parallel', 'interleaved'] as const)('%s: repeat their heading pair there marked in both languages, (continued) and （续）', async (layout) => {
    const { pages: text } = await pdfText(path.join(outDirs[layout]!, 'bilingual.pdf'));
    const delegations = (
      [
        ['American Participants', '(continued)'],
        ['美方参会人员', '（续）'],
        ['Chinese Participants', '(continued)'],
        ['中方参会人员', '（续）'],
      ] as const
    ).map(([caption, mark]) => captionPages(text, caption, mark));
    expect(delegations.filter((pages) => pages.length > 1).length).toBeGreaterThanOrEqual(2);
    for (const pages of delegations) expect(pages).toEqual(continuedOnLaterPages(pages));
  });
});

describe('bilingual HTML language switch', () => {
  /** Loads the edition in happy-dom with its inline script, sharing `storage` between loads. */
  async function open(storage: Record<string, string>) {
    const html = await readFile(path.join(outDirs.parallel!, 'bilingual.html'), 'utf8');
    const window = new Window({ url: 'file:///briefing/bilingual.html', settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    for (const [key, value] of Object.entries(storage)) window.localStorage.setItem(key, value);
    window.document.write(html);
    await window.happyDOM.waitUntilComplete();
    const shown = (lang: string): boolean => window.getComputedStyle(window.document.querySelector(`.pair > [lang="${lang}"]`)!).display !== 'none';
    const click = (value: string): void => (window.document.querySelector(`.language-switch button[value="${value}"]`) as unknown as { click(): void }).click();
    return { window, shown, click, saved: () => window.localStorage.getItem('briefing-languages') };
  }

  // happy-dom caches computed styles and does not refresh them when <body data-show> changes, so
  // what is displayed is read in a fresh window each time; the click itself is checked through
  // the state it sets.
  it('shows both languages at first, one after a click, and remembers the choice offline', async () => {
    const first = await open({});
    expect([first.shown('en'), first.shown('zh-Hans')]).toEqual([true, true]);
    first.click('zh-Hans');
    expect(first.window.document.body.getAttribute('data-show')).toBe('zh-Hans');
    expect(first.window.document.querySelector('button[value="zh-Hans"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(first.saved()).toBe('zh-Hans');

    const reopened = await open({ 'briefing-languages': first.saved()! });
    expect([reopened.shown('en'), reopened.shown('zh-Hans')]).toEqual([false, true]);
    reopened.click('en');
    const english = await open({ 'briefing-languages': reopened.saved()! });
    expect([english.shown('en'), english.shown('zh-Hans')]).toEqual([true, false]);
    english.click('all');
    const both = await open({ 'briefing-languages': english.saved()! });
    expect([both.shown('en'), both.shown('zh-Hans')]).toEqual([true, true]);
  });

  it('labels the switch in both languages and prints every language', async () => {
    const html = await readFile(path.join(outDirs.parallel!, 'bilingual.html'), 'utf8');
    expect(html).toContain(
      '<button type="button" value="en" lang="en" aria-pressed="false">English</button><button type="button" value="zh-Hans" lang="zh-Hans" aria-pressed="false">中文</button><button type="button" value="all" lang="zh-Hans" aria-pressed="false">Both · 双语</button>',
    );
    expect(html).toMatch(/@media print \{[^\n]*\.pair > \[lang\][^\n]*display: revert !important/);
  });
});
