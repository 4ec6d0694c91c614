/**
 * Tagged PDF read by tools nobody here wrote: poppler (`pdfinfo`, `pdftotext`), Debian's pikepdf
 * (tests/clients/pdf_structure.py walks the structure tree) and headless Chromium, whose print of our
 * own HTML is the tagged PDF we compare with.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/build/index.js';
import { usedKeys } from '../../src/check/catalog.js';
import { compactText, joinLines } from '../../src/writers/common/text.js';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { flattenLocale, type LocaleTree } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import { REPO_ROOT } from '../helpers/project.js';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';
const WALKER = path.join(import.meta.dirname, 'pdf_structure.py');

interface Walk {
  marked: boolean;
  displayDocTitle: boolean;
  lang: string;
  pdfua: string | null;
  drawn: number;
  unreachable: unknown[];
  dangling: unknown[];
  duplicates: number;
  unmarkedText: number;
  untaggedSequences: string[];
  parentTreeMismatches: unknown[];
  roles: string[];
  langs: [string, string][];
}

const walk = async (file: string): Promise<Walk> => JSON.parse((await run(PYTHON, [WALKER, file], { maxBuffer: 1 << 26 })).stdout) as Walk;

let dir: string;
let pdfs: string[];

beforeAll(async () => {
  vi.stubEnv('SOURCE_DATE_EPOCH', '1764547200');
  dir = await mkdtemp(path.join(tmpdir(), 'briefing-tagged-'));
  const { outputs } = await build({ root: REPO_ROOT, editions: ['en', 'zh', 'bilingual'], profiles: ['semiconductor-industry', 'cloud-data-bilingual'], formats: ['pdf', 'html'], outDir: dir });
  pdfs = outputs.filter((o) => o.format === 'pdf').map((o) => path.join(dir, o.file));
  const interleaved = path.join(dir, 'interleaved');
  await build({ root: REPO_ROOT, editions: ['bilingual'], formats: ['pdf'], outDir: interleaved, layout: 'interleaved' });
  pdfs.push(path.join(interleaved, 'bilingual.pdf'));
});

describe('tagged PDF in poppler and pikepdf', () => {
  it('pdfinfo says "Tagged: yes" for every edition and packet', async () => {
    expect(pdfs).toHaveLength(6);
    for (const file of pdfs) expect([file, (await run('pdfinfo', [file])).stdout]).toEqual([file, expect.stringMatching(/^Tagged:\s+yes$/m)]);
  });

  it('pikepdf: every marked-content id drawn is reachable from the structure tree and back through the parent tree', async () => {
    for (const file of pdfs) {
      const report = await walk(file);
      expect({ file, ...report, roles: undefined, langs: undefined }).toEqual({
        file,
        marked: true,
        displayDocTitle: true,
        lang: expect.stringMatching(/^(en-US|zh-CN)$/),
        pdfua: '1',
        drawn: expect.any(Number),
        unreachable: [],
        dangling: [],
        duplicates: 0,
        unmarkedText: 0,
        untaggedSequences: [],
        parentTreeMismatches: [],
        roles: undefined,
        langs: undefined,
      });
      expect(report.drawn).toBeGreaterThan(50);
    }
  });

  it('pdfinfo -struct-text and pdftotext read the bilingual PDF pair by pair, each block whole', async () => {
    const agreement = await loadAgreement(REPO_ROOT);
    const strings = async (lang: string) =>
      new Map(flattenLocale(JSON.parse(await readFile(path.join(REPO_ROOT, 'locales', lang, 'track2-2021.json'), 'utf8')) as LocaleTree).map((e) => [e.key, compactText(stripInlineMarkup(e.text))]));
    const [en, zh] = [await strings('en'), await strings('zh')];
    const keys = usedKeys(agreement)
      .map((k) => k.key)
      .filter((key) => key.startsWith('blocks.'));
    for (const file of [path.join(dir, 'bilingual.pdf'), path.join(dir, 'interleaved', 'bilingual.pdf')]) {
      // poppler's reading of the structure tree: quoted text runs of each element, in tree order.
      const structText = compactText(joinLines([...(await run('pdfinfo', ['-struct-text', file], { maxBuffer: 1 << 26 })).stdout.matchAll(/^\s*"(.*)"$/gm)].map((m) => m[1]).join('\n')));
      let position = -1;
      const outOfOrder: string[] = [];
      for (const key of keys) {
        const e = structText.indexOf(en.get(key)!, position + 1);
        const c = structText.indexOf(zh.get(key)!, e + 1);
        if (e < 0 || c < 0) outOfOrder.push(key);
        else position = c;
      }
      expect([file, outOfOrder]).toEqual([file, []]);

      // pdftotext -raw follows the content stream, which is drawn in the same order: a pair on one
      // page reads English block then Chinese block, each whole (a pair over a page break reads by page).
      const pages = (await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 26 })).stdout.split('\f').map((page) => compactText(joinLines(page)));
      const onePage = keys.filter((key) => pages.some((page) => [en.get(key)!, zh.get(key)!].every((t) => page.includes(t.slice(0, 20)) && page.includes(t.slice(-20)))));
      const broken = onePage.filter((key) => !pages.some((page) => page.includes(en.get(key)!) && page.indexOf(en.get(key)!) < page.indexOf(zh.get(key)!)));
      expect(onePage.length).toBeGreaterThan(keys.length / 2);
      expect([file, broken]).toEqual([file, []]);
    }
  });
});

describe('compared with Chromium', () => {
  it("has the headings, lists and tables that Chromium's tagged print of our HTML has", async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      for (const name of ['en', 'zh', 'bilingual']) {
        await page.goto(`file://${path.join(dir, `${name}.html`)}`);
        const printed = path.join(dir, `${name}-chromium.pdf`);
        await page.pdf({ path: printed, tagged: true, format: 'A4' });
        const count = (roles: string[]) => Object.fromEntries(['H1', 'H2', 'H3', 'L', 'LI', 'Lbl', 'Table', 'TR', 'TH', 'TD'].map((role) => [role, roles.filter((r) => r === role).length]));
        const [ours, theirs] = [await walk(path.join(dir, `${name}.pdf`)), await walk(printed)];
        expect([name, count(ours.roles)]).toEqual([name, count(theirs.roles)]);
        // Chromium marks the Chinese table cells of a bilingual edition zh-Hans, as we do.
        const chineseCells = (w: Walk) => w.langs.filter(([role, lang]) => ['TH', 'TD'].includes(role) && lang === 'zh-Hans').length;
        expect([name, chineseCells(ours)]).toEqual([name, chineseCells(theirs)]);
      }
    } finally {
      await browser.close();
    }
  });
});
