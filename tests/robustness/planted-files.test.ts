import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAST_BUILD_FILE } from '../../src/build/up-to-date.js';
import { runCheck } from '../../src/check/index.js';
import { writeReviewReports } from '../../src/check/review-report.js';
import { JOURNAL_FILE } from '../../src/io/publish.js';
import { briefing } from '../helpers/cli.js';
import { EN_LOCALE_FILE, REPO_ROOT, edit, scratchProject } from '../helpers/project.js';
import { expectManifestMatches, publishedFiles } from '../helpers/published.js';
import { failure } from './people-errors.js';

/**
 * What others may have planted in an output folder (issue 15: cases that must stay harmless): an
 * output or manifest.json that is a symbolic link to a file outside the folder is replaced, never
 * followed or written through; the tool's records that are named pipes or links to /dev/zero are
 * not read (they would never end) but replaced. And the side files written beside the outputs
 * (the records, the reports) are replaced whole, so a failed build leaves the last good ones.
 */
const CASE_TIME = 60_000;
const BUILD = (root: string) => ['build', '--root', root, '--edition', 'en', '--format', 'html'];

let root: string;
let out: string;
let outside: string;
/** The files outside the output folder that the planted links point at, with their bytes. */
let victims: Map<string, Buffer>;

beforeAll(async () => {
  root = await scratchProject();
  out = path.join(root, 'dist');
  outside = path.join(root, 'outside');
  await mkdir(out);
  await mkdir(outside);
  await writeFile(path.join(outside, 'victim.html'), 'not an output');
  await writeFile(path.join(outside, 'manifest.json'), JSON.stringify({ outputs: [{ file: '../outside/victim.html', format: 'html' }] }));
  await writeFile(path.join(outside, 'review.html'), 'not a report');
  victims = await publishedFiles(outside);
});

async function kindOf(file: string): Promise<string> {
  const stat = await lstat(file);
  return stat.isSymbolicLink() ? 'link' : stat.isFIFO() ? 'pipe' : stat.isFile() ? 'file' : 'other';
}

describe('files planted in the output folder', { timeout: CASE_TIME }, () => {
  it('links and pipes under the names of outputs and records are replaced, their targets untouched', async () => {
    const planted: Record<string, () => Promise<unknown>> = {
      'en.html': () => symlink(path.join(outside, 'victim.html'), path.join(out, 'en.html')),
      'manifest.json': () => symlink(path.join(outside, 'manifest.json'), path.join(out, 'manifest.json')),
      '.briefing-inputs.json': async () => execFileSync('mkfifo', [path.join(out, '.briefing-inputs.json')]),
      [LAST_BUILD_FILE]: () => symlink('/dev/zero', path.join(out, LAST_BUILD_FILE)),
      [JOURNAL_FILE]: async () => execFileSync('mkfifo', [path.join(out, JOURNAL_FILE)]),
    };
    for (const plant of Object.values(planted)) await plant();
    const run = await briefing(BUILD(root), REPO_ROOT, { timeoutMs: CASE_TIME - 10_000 });
    expect([run.timedOut ?? false, run.code, run.stderr]).toEqual([false, 0, '']);
    const kinds = await Promise.all(Object.keys(planted).filter((name) => name !== JOURNAL_FILE).map((name) => kindOf(path.join(out, name))));
    expect(kinds).toEqual(['file', 'file', 'file', 'file']);
    expect(await readdir(out)).not.toContain(JOURNAL_FILE); // a pipe is no journal of ours: gone with the publish
    expect(await publishedFiles(outside)).toEqual(victims);
    const published = await publishedFiles(out);
    expectManifestMatches(published);
    expect(published.get('en.html')!.toString()).toContain('<html');
  });

  it('a review report that is a link is replaced, its target untouched', async () => {
    const report = path.join(out, 'review-track2-digital-economy-2021-zh.html');
    await symlink(path.join(outside, 'review.html'), report);
    expect(await writeReviewReports(await runCheck({ root }), out)).toEqual([report, report.replace('-zh.html', '-zh-Hant.html')]);
    expect(await kindOf(report)).toBe('file');
    expect(await readFile(report, 'utf8')).toContain('<table');
    expect(await publishedFiles(outside)).toEqual(victims);
  });

  it('check --outputs with a manifest.json that is a named pipe: one line, exit 2, no hang', async () => {
    const folder = path.join(root, 'piped');
    await mkdir(folder);
    execFileSync('mkfifo', [path.join(folder, 'manifest.json')]);
    const error = await failure(runCheck({ root, outputsDir: folder }));
    expect([error.message, error.exitCode]).toEqual([`no readable manifest.json in ${folder}: run npx briefing build --out ${folder} first`, 2]);
  });

  it('check --outputs with a manifest entry whose format is "constructor" (a prototype key): one line, exit 2', async () => {
    const folder = path.join(root, 'prototype-format');
    await mkdir(folder);
    await writeFile(path.join(folder, 'en.html'), '<p>x</p>');
    await writeFile(path.join(folder, 'manifest.json'), JSON.stringify({ outputs: [{ file: 'en.html', format: 'constructor', edition: 'en', profile: null, languages: ['en'], sections: [], components: [] }] }));
    const error = await failure(runCheck({ root, outputsDir: folder }));
    expect([error.message, error.exitCode]).toEqual([`${path.join(folder, 'manifest.json')}: en.html: format "constructor" is not one of pdf, docx, html, md: rebuild with npx briefing build --out ${folder}`, 2]);
  });
});

describe('side files after a failed build', { timeout: CASE_TIME }, () => {
  it('keeps the last good record, outputs and manifest; undoing the edit finds them up to date', async () => {
    const before = await publishedFiles(out);
    const record = await readFile(path.join(out, LAST_BUILD_FILE));
    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": "<script>"');
    expect((await briefing(BUILD(root))).code).toBe(1);
    expect(await publishedFiles(out)).toEqual(before);
    expect(await readFile(path.join(out, LAST_BUILD_FILE))).toEqual(record);
    await edit(root, EN_LOCALE_FILE, '"title": "<script>"', '"title": "Consensus Agreement"');
    const again = await briefing(BUILD(root));
    expect([again.code, again.stdout]).toEqual([0, expect.stringMatching(/^1 output: 0 rebuilt, 1 unchanged/)]);
  });
});
