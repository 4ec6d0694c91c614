/**
 * The alignment report in Chromium: it opens offline, sets the Chinese in the font it embeds, shows
 * both texts side by side with every flagged pair highlighted, and passes axe-core.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAgreement, importTranslation } from '../../src/import/index.js';
import { launchChromium, offlinePage } from '../helpers/browser.js';
import { CORPUS } from '../helpers/corpus.js';
import { REPO_ROOT, scratchProject } from '../helpers/project.js';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'clients');
let browser: Browser;
let report: string;
let review: Record<string, string>;

beforeAll(async () => {
  const root = await scratchProject();
  await importAgreement({ root, file: path.join(CORPUS, 'udhr-1948.en.txt'), id: 'udhr-1948' });
  const attached = await importTranslation({ root, file: path.join(CORPUS, 'udhr-1948.zh.txt'), id: 'udhr-1948', lang: 'zh', outDir: await mkdtemp(path.join(tmpdir(), 'briefing-alignment-')) });
  report = attached.report;
  review = JSON.parse(await readFile(path.join(root, 'locales', 'zh', 'udhr-1948.review.json'), 'utf8')) as Record<string, string>;
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

describe('the alignment report in Chromium', () => {
  it('opens offline, highlights every flagged pair, sets Chinese in its embedded face, and passes axe-core', async () => {
    const { context, page, requested } = await offlinePage(browser);
    await page.goto(`file://${report}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);

    const rows = await page.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        keys: [...tr.querySelectorAll('.key')].map((k) => k.textContent),
        zh: tr.querySelector('td[lang="zh-Hans"]')?.textContent ?? '',
        background: getComputedStyle(tr.querySelector('td')!).backgroundColor,
      })),
    );
    const highlighted = rows.filter((row) => row.background === 'rgb(255, 243, 196)').flatMap((row) => row.keys);
    expect(highlighted.sort()).toEqual(Object.keys(review).sort());
    expect(rows.find((row) => row.keys.includes('blocks.preamble-p9'))?.zh).toBe('大会，');
    expect(rows.find((row) => row.keys.includes('sections.article-30'))?.zh).toBe('第三十条');
    expect(await page.evaluate(() => document.fonts.check('16px "Briefing Han"', '世界人权宣言'))).toBe(true);

    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'alignment-udhr-1948-zh.png') });
    expect({ requested, violations }).toEqual({ requested: [], violations: [] });
    await context.close();
  });
});
