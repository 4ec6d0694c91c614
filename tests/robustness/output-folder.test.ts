import { readdir, rm, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefing } from '../helpers/cli.js';
import { EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';
import { expectManifestMatches, publishedFiles, publishingLeftovers, sameFiles } from '../helpers/published.js';
import { mountTmpfs, type Tmpfs } from '../helpers/tmpfs.js';

/** Each case is bounded: a hang fails the test instead of the suite. */
const CASE_TIME = 60_000;
/** The English edition as HTML and DOCX (PDF would only make the cases slower). */
const buildEn = (root: string, out: string) => briefing(['build', '--root', root, '--edition', 'en', '--format', 'html', '--format', 'docx', '--out', out]);

/** The one line a failed run prints, and its exit code. */
const failure = async (run: ReturnType<typeof briefing>) => {
  const { code, stdout, stderr } = await run;
  return { code, stdout, stderr };
};

describe('output folders that cannot hold outputs: one line naming the folder and what to do, exit 2', { timeout: CASE_TIME }, () => {
  it('--out is a file', async () => {
    const root = await scratchProject();
    await writeFile(path.join(root, 'notes.txt'), 'mine');
    expect(await failure(buildEn(root, path.join(root, 'notes.txt')))).toEqual({
      code: 2,
      stdout: '',
      stderr: `briefing: output folder ${path.join(root, 'notes.txt')}: it is a file, not a folder (EEXIST): choose another --out; nothing was built\n`,
    });
  });

  it('--out is under a file', async () => {
    const root = await scratchProject();
    await writeFile(path.join(root, 'notes.txt'), 'mine');
    const out = path.join(root, 'notes.txt', 'dist');
    expect(await failure(buildEn(root, out))).toEqual({
      code: 2,
      stdout: '',
      stderr: `briefing: output folder ${out}: it, or a folder above it, is a file (ENOTDIR): choose another --out; nothing was built\n`,
    });
  });

  // A project whose content would fail (exit 1) shows that the folder is refused first, and nothing is written there.
  it.each([
    ['the file-system root', '/', '--out /: the file-system root cannot be the output folder: choose a folder such as dist/'],
    ['the project folder itself', '.', (root: string) => `--out ${root}: the project folder itself cannot be the output folder (outputs would mix with data/, locales/ and templates/): choose a folder such as dist/`],
  ])('--out at %s is refused before anything else', async (_what, out, message) => {
    const root = await scratchProject();
    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": ""');
    const before = await readdir(root);
    expect(await failure(buildEn(root, out))).toEqual({ code: 2, stdout: '', stderr: `briefing: ${typeof message === 'string' ? message : message(root)}\n` });
    expect(await readdir(root)).toEqual(before);
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
    const root = await scratchProject();
    const { dir } = readOnly as Tmpfs;
    expect(await failure(buildEn(root, dir))).toEqual({
      code: 2,
      stdout: '',
      stderr: `briefing: output folder ${dir}: it is on a read-only file system (EROFS): choose another --out; nothing was built\n`,
    });
  });
});

describe.skipIf(typeof full === 'string')(`a full disk (a 1 MB tmpfs)${skipped(full)}`, { timeout: CASE_TIME }, () => {
  it('keeps the previous set whole, names the folder (exit 2), and the next build publishes the new set', async () => {
    const root = await scratchProject();
    const { dir } = full as Tmpfs;
    const out = path.join(dir, 'dist');
    expect((await buildEn(root, out)).code).toBe(0);
    const oldSet = await publishedFiles(out);
    expectManifestMatches(oldSet);

    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": "Consensus Agreement, Revised"');
    // Leave less room than the new set needs (about 60 KB).
    const filler = path.join(dir, 'filler');
    const { bavail, bsize } = await statfs(dir);
    await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - 24 * 1024)));
    expect(await failure(buildEn(root, out))).toEqual({
      code: 2,
      stdout: '',
      stderr: `briefing: output folder ${out}: the disk is full (ENOSPC): free some space or choose another --out; nothing was published: the previous outputs are unchanged\n`,
    });
    expect(sameFiles(await publishedFiles(out), oldSet)).toBe(true);
    expect(await publishingLeftovers(out)).toEqual([]);

    await rm(filler);
    expect((await buildEn(root, out)).code).toBe(0);
    const newSet = await publishedFiles(out);
    expectManifestMatches(newSet);
    expect(sameFiles(newSet, oldSet)).toBe(false);
  });
});
