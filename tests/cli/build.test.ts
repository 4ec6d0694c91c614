import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefing, type Run } from '../helpers/cli.js';
import { EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';

describe('briefing --help', () => {
  it('describes the program and its commands', async () => {
    const run = await briefing(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: briefing');
    expect(run.stdout).toMatch(/build \[options\]/);
  });

  it('describes build and its options', async () => {
    const run = await briefing(['build', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--edition', '--format', '--out', '--root', '--agreement', '--debug']) expect(run.stdout).toContain(option);
  });
});

describe('briefing build: bad usage exits 2 with one line', () => {
  it.each([
    [['build', '--edition', 'fr'], 'briefing: --edition "fr" is not known: choose from en, zh, bilingual'],
    [['build', '--format', 'rtf'], 'briefing: --format "rtf" is not known: choose from pdf, docx, html'],
    [['build', '--agreement', 'nope'], 'briefing: unknown agreement "nope": known agreements are track2-digital-economy-2021'],
    [['build', '--root', '/nonexistent'], 'briefing: no data/agreements/ folder under /nonexistent: pass --root with the project folder'],
  ])('%j', async (args, message) => {
    const run = await briefing(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
  });

  it('rejects an unknown option', async () => {
    const run = await briefing(['build', '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: unknown option '--colour'");
  });
});

describe('briefing build', () => {
  let root: string;
  let first: Run;

  beforeAll(async () => {
    root = await scratchProject();
    first = await briefing(['build', '--root', root, '--edition', 'en']);
  });

  it('writes en.pdf, en.docx, en.html and manifest.json into dist/', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect((await readdir(path.join(root, 'dist'))).sort()).toEqual(['en.docx', 'en.html', 'en.pdf', 'manifest.json']);
    expect(first.stdout).toMatch(/wrote .*en\.pdf \(\d+ KB\)/);
  });

  it('lists translations marked for review as warnings, and still succeeds', async () => {
    const run = await briefing(['build', '--root', root, '--edition', 'zh', '--format', 'html']);
    expect(run.code).toBe(0);
    const warnings = run.stderr.trim().split('\n');
    expect(warnings[0]).toMatch(/^warning: \d+ translations are marked for review/);
    expect(warnings).toContain('warning: locales/zh/track2-2021.json: key people.feng-wei.name: terminology.tsv: verify — Chinese characters unconfirmed; romanized form kept');
    expect(warnings.every((line) => line.startsWith('warning: '))).toBe(true);
  });

  it('exits 1 on broken content with one line and no stack trace, and keeps the last good files', async () => {
    const listing = (await readdir(path.join(root, 'dist'))).sort();
    const before = await Promise.all(listing.map((f) => readFile(path.join(root, 'dist', f))));
    await edit(root, EN_LOCALE_FILE, '"track2-p1": "Both teams', '"track2-p1": "<iframe>Both teams');
    const run = await briefing(['build', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`briefing: ${EN_LOCALE_FILE}: key blocks.track2-p1: markup <iframe>: only <strong> and <em> are allowed\n`);
    expect((await readdir(path.join(root, 'dist'))).sort()).toEqual(listing); // nothing added, nothing removed, no temp files
    const after = await Promise.all(listing.map((f) => readFile(path.join(root, 'dist', f))));
    expect(after).toEqual(before);

    const debug = await briefing(['build', '--root', root, '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /); // the stack trace, only on request
  });
});
