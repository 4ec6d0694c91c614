/**
 * The real-client suite (`npm run test:clients`): every output of a full build is opened by the
 * programs readers use — qpdf and poppler for PDF, LibreOffice for DOCX, Chromium for HTML.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/build/index.js';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { compactText, joinLines } from '../../src/writers/common/text.js';
import { selectionOf } from '../../src/check/rules/outputs.js';
import type { ManifestEntry } from '../../src/io/manifest.js';
import { usedKeys } from '../../src/source/keys.js';
import { flattenLocale, type LocaleTree } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import { DOCX_BODY_MARGINS } from '../../src/writers/docx/index.js';
import { pdfThemeFor } from '../../src/writers/pdf/theme.js';
import { opensWith, pageFill, popplerLines, type TextLine } from '../helpers/page-fill.js';
import { launchChromium, offlinePage } from '../helpers/browser.js';
import { REPO_ROOT } from '../helpers/project.js';

const run = promisify(execFile);
/** LibreOffice takes seconds a document, many more on a loaded machine: its checks get a longer limit than the suite's. */
const LIBREOFFICE_TIMEOUT = 900_000;
const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'clients');

/** Builds of every standard edition (both bilingual layouts) and every sample profile. */
const builds: { dir: string; outputs: ManifestEntry[] }[] = [];
const strings: Record<string, Map<string, string>> = {};

beforeAll(async () => {
  vi.stubEnv('SOURCE_DATE_EPOCH', '1764547200');
  for (const layout of ['parallel', 'interleaved'] as const) {
    const dir = await mkdtemp(path.join(tmpdir(), `briefing-clients-${layout}-`));
    const profiles = layout === 'parallel' ? ['executive-office-recommendations', 'semiconductor-industry', 'cloud-data-bilingual'] : [];
    const editions = layout === 'parallel' ? ['en', 'zh', 'bilingual'] : ['bilingual'];
    const { outputs } = await build({ root: REPO_ROOT, editions, profiles, formats: ['pdf', 'docx', 'html'], outDir: dir, layout });
    builds.push({ dir, outputs });
  }
  for (const lang of ['en', 'zh']) {
    const tree = JSON.parse(await readFile(path.join(REPO_ROOT, 'locales', lang, 'track2-2021.json'), 'utf8')) as LocaleTree;
    strings[lang] = new Map(flattenLocale(tree).map((e) => [e.key, e.text]));
  }
  await mkdir(SCREENSHOTS, { recursive: true });
});

const outputs = (format: string) => builds.flatMap(({ dir, outputs: list }) => list.filter((o) => o.format === format).map((o) => ({ ...o, path: path.join(dir, o.file) })));

/** The text of every block an output must carry, per language. */
async function expectedBlocks(output: ManifestEntry): Promise<{ key: string; lang: string; text: string }[]> {
  const selection = await selectionOf(await loadAgreement(REPO_ROOT), REPO_ROOT, output.profile);
  const keys = usedKeys(selection.agreement).filter((k) => k.key.startsWith('blocks.'));
  return output.languages.flatMap((lang) => keys.map(({ key }) => ({ key, lang, text: compactText(stripInlineMarkup(strings[lang]!.get(key)!)) })));
}

/** Text as a reader copies it: line-end hyphens joined, no line breaks next to Chinese. */
const readerText = (text: string): string => compactText(joinLines(text));

describe('PDF in qpdf and poppler', () => {
  it('passes qpdf --check', async () => {
    const pdfs = outputs('pdf');
    expect(pdfs.length).toBeGreaterThanOrEqual(6);
    for (const pdf of pdfs) {
      const { stdout } = await run('qpdf', ['--check', pdf.path]);
      expect([pdf.file, stdout]).toEqual([pdf.file, expect.stringContaining('No syntax or stream encoding errors found')]);
    }
  });

  it('gives back the text of every block through pdftotext (each column of a parallel edition on its own)', async () => {
    const missing: string[] = [];
    for (const pdf of outputs('pdf')) {
      // The body only: the running header and the footer are cropped away (A4, 72 dpi).
      // -raw keeps the hyphen of "long-term" at a line end, which the default mode takes for a soft hyphen and drops.
      const crop = (x: number, width: number) => run('pdftotext', ['-enc', 'UTF-8', '-raw', '-r', '72', '-x', String(x), '-y', '55', '-W', String(width), '-H', '735', pdf.path, '-']);
      const texts = [readerText((await crop(0, 596)).stdout), readerText((await crop(0, 298)).stdout), readerText((await crop(298, 298)).stdout)];
      for (const block of await expectedBlocks(pdf)) if (!texts.some((t) => t.includes(block.text))) missing.push(`${pdf.file} ${block.lang} ${block.key}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('DOCX in LibreOffice', () => {
  it('converts every DOCX, and the text of every block comes back', async () => {
    const docxs = outputs('docx');
    const converted = await mkdtemp(path.join(tmpdir(), 'briefing-lo-'));
    const missing: string[] = [];
    for (const [index, docx] of docxs.entries()) {
      const out = path.join(converted, String(index));
      await run('soffice', [`-env:UserInstallation=file://${converted}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', out, docx.path], { timeout: 120_000 });
      const text = readerText(await readFile(path.join(out, docx.file.replace(/\.docx$/, '.txt')), 'utf8'));
      for (const block of await expectedBlocks(docx)) if (!text.includes(block.text)) missing.push(`${docx.file} ${block.lang} ${block.key}`);
    }
    expect(docxs.length).toBeGreaterThanOrEqual(6);
    expect(missing).toEqual([]);
  }, LIBREOFFICE_TIMEOUT);
});

const conversions = new Map<string, Promise<string>>();

/**
 * Converts a DOCX with LibreOffice to `format` (pdf, odt) in a folder of its own; returns the output
 * path. Each conversion is made once for the suite (several checks read the same PDF export).
 */
function libreOffice(docx: string, format: string): Promise<string> {
  const key = `${docx}\0${format}`;
  if (!conversions.has(key)) conversions.set(key, convert(docx, format));
  return conversions.get(key)!;
}

/** One LibreOffice profile for the suite's conversions, which run one at a time: a new profile costs seconds each. */
const LO_PROFILE = path.join(tmpdir(), `briefing-lo-profile-${process.pid}`);

async function convert(docx: string, format: string): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), `briefing-lo-${format}-`));
  await run('soffice', [`-env:UserInstallation=file://${LO_PROFILE}`, '--headless', '--convert-to', format, '--outdir', out, docx], { timeout: 120_000 });
  return path.join(out, path.basename(docx).replace(/\.docx$/, `.${format}`));
}

describe('Chinese fonts of the DOCX in LibreOffice (pdffonts of its PDF export)', () => {
  it('sets Chinese text in the embedded Simplified Chinese faces, never a Japanese or other substitute', async () => {
    const results = [];
    for (const docx of outputs('docx').filter((o) => o.languages.includes('zh') && o.path.includes('parallel'))) {
      const { stdout } = await run('pdffonts', [await libreOffice(docx.path, 'pdf')]);
      // Font names after the subset tag: "BAAAAA+NotoSerifSC-Regular" → "NotoSerifSC-Regular".
      const fonts = [...new Set(stdout.split('\n').slice(2).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).filter(Boolean))].sort();
      results.push({ file: docx.file, chinese: fonts.filter((name) => /CJK|SC|TC|JP|KR|Song|Hei|Ming|Sim/i.test(name)) });
    }
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const result of results) expect(result).toEqual({ file: result.file, chinese: expect.arrayContaining(['NotoSansSC-Bold', 'NotoSerifSC-Regular']) });
    expect(results.filter((r) => r.chinese.some((name) => !/^Noto(Serif|Sans)SC-/.test(name)))).toEqual([]);
  }, LIBREOFFICE_TIMEOUT);
});

/** The page before the glossary annex ends a part on purpose (the annex starts a page), as does a packet's cover. */
const partEnds = (output: ManifestEntry) => (page: number, next: readonly TextLine[]) => (output.components.includes('cover') && page === 1) || opensWith(['Glossary', '术语表'])(page, next);

describe('bilingual pages without holes (pdftotext -bbox-layout: lowest line of each page against the body\'s bottom margin)', () => {
  it('PDF: unused space at the foot of non-final pages is at most 5 % on average and 15 % on any page', async () => {
    const [, top, , bottom] = pdfThemeFor('en').pageMargins;
    const results = [];
    for (const pdf of outputs('pdf').filter((o) => o.languages.length > 1 && o.path.includes('parallel'))) {
      const fill = pageFill(await popplerLines(pdf.path), { top, bottom }, partEnds(pdf));
      results.push({ file: pdf.file, mean: Math.round(fill.mean * 1000) / 10, max: Math.round(fill.max * 1000) / 10 });
    }
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.filter((r) => r.mean > 5 || r.max > 15)).toEqual([]);
  });

  it('DOCX opened in LibreOffice: the same', async () => {
    const results = [];
    for (const docx of outputs('docx').filter((o) => o.languages.length > 1 && o.path.includes('parallel'))) {
      const fill = pageFill(await popplerLines(await libreOffice(docx.path, 'pdf')), DOCX_BODY_MARGINS, partEnds(docx));
      results.push({ file: docx.file, mean: Math.round(fill.mean * 1000) / 10, max: Math.round(fill.max * 1000) / 10 });
    }
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.filter((r) => r.mean > 5 || r.max > 15)).toEqual([]);
  }, LIBREOFFICE_TIMEOUT);
});

describe('Word headings in LibreOffice', () => {
  it('every heading of every DOCX is a heading in ODT (text:h) and a bookmark in LibreOffice\'s PDF', async () => {
    const problems: string[] = [];
    for (const docx of outputs('docx').filter((o) => o.path.includes('parallel'))) {
      const xml = strFromU8(unzipSync(new Uint8Array(await readFile(docx.path)))['word/document.xml']!);
      const headings = (xml.match(/<w:pStyle w:val="Heading[12]"\/>/g) ?? []).length;
      const odt = strFromU8(unzipSync(new Uint8Array(await readFile(await libreOffice(docx.path, 'odt'))))['content.xml']!);
      const odtHeadings = (odt.match(/<text:h[ >]/g) ?? []).length;
      const { stdout } = await run('qpdf', ['--json', '--json-key=outlines', await libreOffice(docx.path, 'pdf')]);
      const count = (items: { kids?: unknown[] }[]): number => items.reduce((n, item) => n + 1 + count((item.kids ?? []) as { kids?: unknown[] }[]), 0);
      const bookmarks = count((JSON.parse(stdout) as { outlines: { kids?: unknown[] }[] }).outlines);
      if (headings === 0 || odtHeadings !== headings || bookmarks < headings) problems.push(`${docx.file}: ${headings} headings, ${odtHeadings} text:h, ${bookmarks} bookmarks`);
    }
    expect(problems).toEqual([]);
  }, LIBREOFFICE_TIMEOUT);
});

describe('HTML in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('opens every HTML without any network request, with no axe-core violations, and saves a screenshot', async () => {
    const htmls = outputs('html');
    expect(htmls.length).toBeGreaterThanOrEqual(5);
    for (const html of htmls) {
      const { context, page, requested } = await offlinePage(browser);
      await page.goto(`file://${html.path}`, { waitUntil: 'load' });
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
      });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${path.basename(path.dirname(html.path))}-${html.file}.png`) });
      expect([html.file, requested, violations]).toEqual([html.file, [], []]);
      await context.close();
    }
  });

  it('switches languages by click in a bilingual edition, and remembers the choice', async () => {
    const bilingual = outputs('html').find((o) => o.file === 'bilingual.html')!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`file://${bilingual.path}`);
    const shown = (lang: string) => page.locator(`.pair > [lang="${lang}"]`).first().isVisible();
    expect([await shown('en'), await shown('zh-Hans')]).toEqual([true, true]);
    await page.click('.language-switch button[value="zh-Hans"]');
    expect([await shown('en'), await shown('zh-Hans')]).toEqual([false, true]);
    await page.reload();
    expect([await shown('en'), await shown('zh-Hans')]).toEqual([false, true]);
    await page.click('.language-switch button[value="all"]');
    expect([await shown('en'), await shown('zh-Hans')]).toEqual([true, true]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'bilingual-switched.png') });
    await context.close();
  });
});
