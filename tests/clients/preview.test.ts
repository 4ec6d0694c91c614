import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewSession } from '../../src/preview/index.js';
import { eventually } from '../helpers/eventually.js';
import { EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';

const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'test-results', 'clients');

describe('briefing preview in Chromium', () => {
  let browser: Browser;
  let session: PreviewSession;
  let root: string;
  const out: string[] = [];

  beforeAll(async () => {
    root = await scratchProject();
    const io = { out: (...lines: string[]) => void out.push(...lines), err: () => undefined };
    session = await startPreview({ root, editions: ['en', 'zh'], profiles: [], allProfiles: false, formats: ['html', 'pdf'], layout: 'parallel', outDir: path.join(root, 'dist') }, 0, io);
    await eventually(() => out.some((line) => line.startsWith('built ')), 'the first build', 120_000);
    await session.idle();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  afterAll(async () => {
    await browser?.close();
    await session?.close();
  });

  it('shows an edited locale string without a manual reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(session.url);
    await expect(page.locator('#documents a', { hasText: 'edition zh' }).count()).resolves.toBe(1);
    const document = page.frameLocator('#document');
    await document.locator('h1', { hasText: 'Consensus Agreement' }).waitFor();
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": "Consensus Agreement, seen live"');
    await document.locator('h1', { hasText: 'Consensus Agreement, seen live' }).waitFor({ timeout: 120_000 });
    expect(loads).toEqual([session.url]); // the page reloaded itself, once
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview.png') });
  });

  it('shows a broken edit as one line above the last good document', async () => {
    const page = await browser.newPage();
    await page.goto(session.url);
    await edit(root, EN_LOCALE_FILE, '"track2-p1": "Both teams', '"track2-p1": "<iframe>Both teams');
    const error = page.locator('#error');
    await error.waitFor({ timeout: 120_000 });
    expect(await error.textContent()).toBe('locales/en/track2-2021.json: key blocks.track2-p1: markup <iframe>: only <strong> and <em> are allowed — showing the last good outputs');
    await expect(page.frameLocator('#document').locator('h1').textContent()).resolves.toBe('Consensus Agreement, seen live');
  });
});
