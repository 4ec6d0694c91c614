import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WatchSession } from '../../src/watch/session.js';
import { eventually } from '../helpers/eventually.js';
import { EN_LOCALE_FILE, edit } from '../helpers/project.js';
import { watchScratchProject } from '../helpers/watch.js';

describe('briefing watch, in process on a scratch project', () => {
  let root: string;
  let session: WatchSession;
  let out: string[];
  let err: string[];
  let html: () => Promise<string>;

  beforeAll(async () => {
    ({ root, session, out, err, html } = await watchScratchProject());
  });
  afterAll(() => session?.close());

  it('builds once at the start', () => {
    expect(out[0]).toMatch(/^watching data\/, locales\/, templates\/ in .*; press Ctrl-C to stop$/);
    expect(out[1]).toMatch(/^built en\.html in \d+\.\d s$/);
    expect(err).toEqual([]);
  });

  it('rebuilds after a locale string changes, saying what changed and how long it took', async () => {
    expect(await html()).toContain('Consensus Agreement');
    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": "Consensus Agreement, as revised"');
    await eventually(() => out.some((line) => line.startsWith('rebuilt ')), 'the rebuild');
    expect(out.slice(2)).toEqual([`changed ${EN_LOCALE_FILE}`, expect.stringMatching(/^rebuilt en\.html in \d+\.\d s$/)]);
    expect(await html()).toContain('Consensus Agreement, as revised');
  });

  it('reports a broken edit in one line and keeps the last good output', async () => {
    const before = await html();
    await writeFile(path.join(root, EN_LOCALE_FILE), '{ "meta": { "title": "Unfinished" ');
    await eventually(() => err.length >= 2, 'the error report');
    expect(err).toEqual([
      `briefing: ${EN_LOCALE_FILE}:1:35: invalid JSON: expected '}'`,
      `kept the last good outputs in ${path.relative(process.cwd(), path.join(root, 'dist'))}; waiting for the next change`,
    ]);
    await session.idle();
    expect(await html()).toBe(before);
  });
});
