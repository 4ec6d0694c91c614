import { readdir, rm, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { briefing } from '../helpers/cli.js';
import { EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';
import { expectManifestMatches, publishedFiles, publishingLeftovers, sameFiles } from '../helpers/published.js';
import { mountTmpfs, type Tmpfs } from '../helpers/tmpfs.js';
import { failure } from './people-errors.js';

/** Each case is bounded: a hang fails the test instead of the suite. */
const CASE_TIME = 60_000;
/** The English edition as HTML and DOCX (PDF would only make the cases slower), by the command, or in-process. */
const buildEn = (root: string, out: string) => briefing(['build', '--root', root, '--edition', 'en', '--format', 'html', '--format', 'docx', '--out', out]);
const buildEnHere = (root: string, out: string) => build({ root, editions: ['en'], formats: ['html', 'docx'], outDir: out });

/** The one line a failed run prints, and its exit code. */
const outcome = async (run: ReturnType<typeof briefing>) => {
  const { code, stdout, stderr } = await run;
  return { code, stdout, stderr };
};

/** One project for the file, as shipped; and one whose content would fail (exit 1), to show a folder refused before it. */
let root: string;
let broken: string;
beforeAll(async () => {
  root = await scratchProject();
  await writeFile(path.join(root, 'notes.txt'), 'mine');
  broken = await scratchProject();
  await edit(broken, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": ""');
});

describe('output folders that cannot hold outputs: one line naming the folder and what to do, exit 2', { timeout: CASE_TIME }, () => {
  // In-process: the error the command prints as `briefing: <message>` (as the other cases show).
  it.each([
    ['--out is a file', 'notes.txt', 'it is a file, not a folder (EEXIST)'],
    ['--out is under a file', path.join('notes.txt', 'dist'), 'it, or a folder above it, is a file (ENOTDIR)'],
  ])('%s', async (_what, out, problem) => {
    const error = await failure(buildEnHere(root, path.join(root, out)));
    expect([error.message, error.exitCode]).toEqual([`output folder ${path.join(root, out)}: ${problem}: choose another --out; nothing was built`, 2]);
  });

  it.each([
    ['the file-system root', '/', '--out /: the file-system root cannot be the output folder: choose a folder such as dist/'],
    ['the project folder itself', '.', (project: string) => `--out ${project}: the project folder itself cannot be the output folder (outputs would mix with data/, locales/ and templates/): choose a folder such as dist/`],
  ])('--out at %s is refused before anything else', async (_what, out, message) => {
    const before = await readdir(broken);
    expect(await outcome(buildEn(broken, out))).toEqual({ code: 2, stdout: '', stderr: `briefing: ${typeof message === 'string' ? message : message(broken)}\n` });
    expect(await readdir(broken)).toEqual(before);
  });
});

const full = await mountTmpfs('1m');
const readOnly = await mountTmpfs('1m', ['ro']);
afterAll(async () => {
  for (const mount of [full, readOnly]) if (typeof mount !== 'string') await mount.unmount();
});
const skipped = (mount: Tmpfs | string) => (typeof mount === 'string' ? ` (skipped: ${mount})` : '');

describe.skipIf(typeof readOnly === 'string')(`a read-only output folder${skipped(readOnly)}`, { timeout: CASE_TIME }, () => {
  it('names the folder, exit 2', async () => {
    const { dir } = readOnly as Tmpfs;
    const error = await failure(buildEnHere(root, dir));
    expect([error.message, error.exitCode]).toEqual([`output folder ${dir}: it is on a read-only file system (EROFS): choose another --out; nothing was built`, 2]);
  });
});

describe.skipIf(typeof full === 'string')(`a full disk (a 1 MB tmpfs)${skipped(full)}`, { timeout: CASE_TIME }, () => {
  it('keeps the previous set whole, names the folder (exit 2), and the next build publishes the new set', async () => {
    const { dir } = full as Tmpfs;
    const out = path.join(dir, 'dist');
    await buildEnHere(root, out);
    const oldSet = await publishedFiles(out);
    expectManifestMatches(oldSet);

    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": "Consensus Agreement, Revised"');
    // Leave less room than the new set needs (about 60 KB).
    const filler = path.join(dir, 'filler');
    const { bavail, bsize } = await statfs(dir);
    await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - 24 * 1024)));
    expect(await outcome(buildEn(root, out))).toEqual({
      code: 2,
      stdout: '',
      stderr: `briefing: output folder ${out}: the disk is full (ENOSPC): free some space or choose another --out; nothing was published: the previous outputs are unchanged\n`,
    });
    expect(sameFiles(await publishedFiles(out), oldSet)).toBe(true);
    expect(await publishingLeftovers(out)).toEqual([]);

    await rm(filler);
    await buildEnHere(root, out);
    const newSet = await publishedFiles(out);
    expectManifestMatches(newSet);
    expect(sameFiles(newSet, oldSet)).toBe(false);
  });
});
