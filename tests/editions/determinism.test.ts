import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { build } from '../../src/build/index.js';
import { REPO_ROOT } from '../helpers/project.js';

describe('reproducible builds', () => {
  it('gives byte-identical PDF, DOCX, HTML and manifest for the same inputs and SOURCE_DATE_EPOCH', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1764547200');
    const dirs = [await mkdtemp(path.join(tmpdir(), 'briefing-repro-a-')), await mkdtemp(path.join(tmpdir(), 'briefing-repro-b-'))];
    for (const outDir of dirs) {
      await build({ root: REPO_ROOT, editions: ['zh', 'bilingual'], profiles: ['executive-office-recommendations'], formats: ['pdf', 'docx', 'html'], outDir });
      await new Promise((resolve) => setTimeout(resolve, 1100)); // a second later: no clock time may leak into the files
    }
    const files = (await readdir(dirs[0]!)).sort();
    expect(files).toEqual((await readdir(dirs[1]!)).sort());
    expect(files.filter((file) => !file.startsWith('.'))).toHaveLength(9); // and the record of inputs, identical too
    for (const file of files) {
      const [a, b] = await Promise.all(dirs.map((dir) => readFile(path.join(dir, file))));
      expect([file, a!.equals(b!)]).toEqual([file, true]);
    }
  });
});
