import { rename } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WatchSession } from '../../src/watch/session.js';
import { eventually } from '../helpers/eventually.js';
import { AGREEMENT_FILE, edit } from '../helpers/project.js';
import { watchScratchProject } from '../helpers/watch.js';

describe('watch, when a source folder disappears and comes back', { timeout: 120_000 }, () => {
  let root: string;
  let session: WatchSession;
  let out: string[];
  let err: string[];
  let html: () => Promise<string>;

  beforeAll(async () => {
    ({ root, session, out, err, html } = await watchScratchProject({ debounceMs: 300 }));
  }, 60_000);
  afterAll(() => session?.close());

  it('keeps watching data/ after it is renamed away and back: an edit of the agreement rebuilds', async () => {
    await rename(path.join(root, 'data'), path.join(root, 'data-away'));
    await eventually(() => err.some((line) => line.includes('kept the last good outputs')), 'the report of the missing folder');
    await session.idle();
    await rename(path.join(root, 'data-away'), path.join(root, 'data'));
    await eventually(() => out.some((line) => line.startsWith('rebuilt ') || line.startsWith('no output affected')), 'the build after the folder came back');
    await session.idle();
    const seen = out.length;
    await edit(root, AGREEMENT_FILE, /^(\s+)start: 2021-11-17$/m, '$1start: 2021-11-16');
    await eventually(() => out.slice(seen).some((line) => line.startsWith('rebuilt en.html')), 'the rebuild after the edit');
    expect(out.slice(seen)).toEqual([`changed ${AGREEMENT_FILE}`, expect.stringMatching(/^rebuilt en\.html in \d+\.\d s$/)]);
    expect(await html()).toContain('November 16');
  });
});
