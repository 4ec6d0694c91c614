/**
 * The review report of `check --review` in Chromium: it opens from a file without any network
 * request, passes axe-core, and each filter shows exactly the rows of its view.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/project.js';
import { reviewSample, type ReviewSample } from '../helpers/review-sample.js';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'clients');

let sample: ReviewSample;
let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  sample = await reviewSample();
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1600 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    requested.push(url);
    return route.abort();
  });
  page = await context.newPage();
  await page.goto(`file://${sample.report}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
});
afterAll(async () => browser?.close());

/** The keys of the string rows Chromium lays out (display: none rows have no box). */
const visibleKeys = (): Promise<string[]> =>
  page.$$eval('tr.string', (rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.getAttribute('data-key')!));

describe('the review report in Chromium', () => {
  it('opens offline, with every string shown and no axe-core violations', async () => {
    const all = await page.$$eval('tr.string', (rows) => rows.map((row) => row.getAttribute('data-key')!));
    expect(all.length).toBeGreaterThan(150);
    expect(await visibleKeys()).toEqual(all);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    });
    expect([requested, violations]).toEqual([[], []]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review-all.png') });
  });

  it.each(['flagged', 'stale', 'untranslated'] as const)('shows only the %s strings when that filter is chosen', async (view) => {
    await page.getByRole('radio', { name: new RegExp(`^${view} \\(\\d+\\)$`, 'i') }).check();
    expect(await visibleKeys()).toEqual(view === 'flagged' ? expect.arrayContaining(sample.flagged) : sample[view]);
    expect(await visibleKeys()).toHaveLength(sample[view].length);
    // Sections without a row in the view are hidden with their heading.
    const headings = await page.$$eval('tbody', (groups) => groups.filter((g) => (g as HTMLElement).offsetParent !== null).map((g) => g.getAttribute('data-group')));
    if (view === 'stale') expect(headings).toEqual(['conclusion']);
    await page.screenshot({ path: path.join(SCREENSHOTS, `review-${view}.png`), fullPage: view !== 'flagged' });
  });

  it('shows everything again with "All strings"', async () => {
    await page.getByRole('radio', { name: /^All strings \(\d+\)$/ }).check();
    expect((await visibleKeys()).length).toBe(await page.locator('tr.string').count());
  });
});
