import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { watch } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverOutputFolder } from '../../src/io/publish.js';
import { briefing } from '../helpers/cli.js';
import { EN_LOCALE_FILE, REPO_ROOT, edit, scratchProject } from '../helpers/project.js';
import { expectManifestMatches, publishedFiles, publishingLeftovers, sameFiles } from '../helpers/published.js';

const BIN = path.join(REPO_ROOT, 'bin', 'briefing.cjs');
const ZH_LOCALE_FILE = path.join('locales', 'zh', 'track2-2021.json');

/**
 * Runs a build and kills it (SIGKILL, as a power cut would stop it) right after the `n`-th output
 * file appears in the output folder — the moment is the build's own, not a guess in ms.
 */
async function buildKilledAfter(args: string[], outDir: string, n: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
  const seen = new Set<string>();
  const watcher = watch(outDir, { recursive: true }, (_event, name) => {
    // Any output file, wherever the build puts it (a staging folder, a temporary name, its final name).
    if (name && /\.(pdf|docx|html|md)\b/.test(name) && !seen.has(name)) {
      seen.add(name);
      if (seen.size === n) child.kill('SIGKILL');
    }
  });
  await once(child, 'exit');
  watcher.close();
}

describe('all-or-nothing publishing', () => {
  it('a build killed after the 1st, 3rd and 6th output file leaves the old set or the new set, manifest matching', { timeout: 240_000 }, async () => {
    const root = await scratchProject();
    const out = path.join(root, 'dist');
    // Six outputs; the PDF writer would only make each build slower, and publishing is the same for every format.
    const args = ['build', '--root', root, '--edition', 'en', '--edition', 'zh', '--format', 'html', '--format', 'docx', '--format', 'md', '--force'];
    expect((await briefing(args)).code).toBe(0);
    const oldSet = await publishedFiles(out);
    expect(oldSet.size).toBe(8); // six outputs, manifest.json, the record of inputs
    const snapshot = path.join(root, 'old-set');
    await cp(out, snapshot, { recursive: true });

    // New text in both languages: every output of the next build differs from the old one.
    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": "Consensus Agreement, Revised"');
    await edit(root, ZH_LOCALE_FILE, '"title": "共识文件"', '"title": "共识文件（修订）"');

    // Each kill in a copy of the old set, all at once, beside an uninterrupted build: the same inputs
    // give the same bytes, so that one shows what the new set is.
    const killedAfter = async (n: number) => {
      const copy = path.join(root, `killed-after-${n}`);
      await cp(snapshot, copy, { recursive: true });
      await buildKilledAfter([...args, '--out', copy], copy, n);
      // What the next build (or check --outputs) does first: complete or roll back the interrupted publish.
      await recoverOutputFolder(copy);
      expect(await publishingLeftovers(copy)).toEqual([]);
      const files = await publishedFiles(copy);
      expectManifestMatches(files);
      return { n, files };
    };
    const [afterKill, uninterrupted] = await Promise.all([Promise.all([1, 3, 6].map(killedAfter)), briefing(args)]);
    expect(uninterrupted.code).toBe(0);
    const newSet = await publishedFiles(out);
    expectManifestMatches(newSet);
    expect(sameFiles(newSet, oldSet)).toBe(false);
    for (const { n, files } of afterKill) {
      const which = sameFiles(files, oldSet) ? 'old' : sameFiles(files, newSet) ? 'new' : 'a mix';
      expect({ n, which }).toEqual({ n, which: expect.stringMatching(/^(old|new)$/) });
    }
  });
});
