import { execFileSync } from 'node:child_process';
import { rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { importAgreement } from '../../src/import/index.js';
import { briefing } from '../helpers/cli.js';
import { EN_LOCALE_FILE, REPO_ROOT, scratchProject } from '../helpers/project.js';
import { failure } from './people-errors.js';

/**
 * Files that are not regular files would block a read or never end it (issue 15: a locale that is a
 * link to /dev/zero or a FIFO hung the build). Each is one line, exit 2, within a bounded time.
 */
const BOUND = 30_000;
const buildHtml = (root: string) => build({ root, editions: ['en'], formats: ['html'], outDir: path.join(root, 'dist') });

/** The one-line error (exit 2) a piece of work fails with. */
async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await failure(work);
  expect(error.exitCode).toBe(2);
  return error.message;
}

async function replaced(file: string, make: (full: string) => Promise<unknown>): Promise<string> {
  const root = await scratchProject();
  await rm(path.join(root, file));
  await make(path.join(root, file));
  return root;
}

describe('inputs that are not regular files', { timeout: BOUND }, () => {
  it.each([
    ['a link to /dev/zero', (full: string) => symlink('/dev/zero', full), 'a device'],
    ['a link to /dev/urandom', (full: string) => symlink('/dev/urandom', full), 'a device'],
    ['a named pipe', async (full: string) => execFileSync('mkfifo', [full]), 'a named pipe (FIFO)'],
    ['a folder', async (full: string) => execFileSync('mkdir', [full]), 'a folder'],
  ])('a locale file that is %s', async (_name, make, kind) => {
    const root = await replaced(EN_LOCALE_FILE, make);
    expect(await refusal(buildHtml(root))).toBe(`${EN_LOCALE_FILE}: not a regular file but ${kind}: give a text file`);
  });

  it('through the command line: one line, exit 2, no hang', async () => {
    const root = await replaced(EN_LOCALE_FILE, async (full) => execFileSync('mkfifo', [full]));
    const run = await briefing(['build', '--root', root, '--edition', 'en', '--format', 'html'], REPO_ROOT, { timeoutMs: BOUND });
    expect(run).toMatchObject({ timedOut: false, code: 2, stderr: `briefing: ${EN_LOCALE_FILE}: not a regular file but a named pipe (FIFO): give a text file\n` });
  });

  it('a template that is a socket', async () => {
    const file = path.join('templates', 'document.hbs');
    const server = createServer();
    const root = await replaced(file, (full) => new Promise<void>((resolve) => server.listen(full, resolve)));
    try {
      expect(await refusal(buildHtml(root))).toBe(`${file}: not a regular file but a socket: give a text file`);
    } finally {
      server.close();
    }
  });

  it('a file to import that is a named pipe', async () => {
    const root = await scratchProject();
    const pipe = path.join(root, 'agreement.md');
    execFileSync('mkfifo', [pipe]);
    expect(await refusal(importAgreement({ root, file: pipe, id: 'piped' }))).toBe(`${pipe}: not a regular file but a named pipe (FIFO): give a text file`);
  });
});

describe('the import size limit', { timeout: BOUND }, () => {
  it('refuses a file over 10 MB before reading it', async () => {
    const root = await scratchProject();
    const big = path.join(root, 'big.md');
    await writeFile(big, '# Title\n');
    await truncate(big, 11 * 1024 * 1024); // sparse: the size says 11 MB, and nothing needs reading to know it
    expect(await refusal(importAgreement({ root, file: big, id: 'big' }))).toBe(`${big}: the file is 11.0 MB; imported files are limited to 10 MB: check that this is the right file`);
  });
});
