/**
 * Builds on two threads (build/threads.ts), as a watch session runs them: the same bytes, the same
 * record of inputs, with some outputs made by the worker thread.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { build, type BuildRequest } from '../../src/build/index.js';
import { INPUTS_FILE } from '../../src/build/inputs.js';
import { onTwoThreads, startSecondThread, type SecondThread } from '../../src/build/threads.js';
import { BriefingError } from '../../src/errors.js';
import { EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';

describe('onTwoThreads', () => {
  it('starts the costliest item on the second thread, fills in with the rest, and keeps the order of the items', async () => {
    const handled: string[] = [];
    const lane = (name: string, ms: number) => async (item: string) => {
      handled.push(`${name}:${item}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return `${item} by ${name}`;
    };
    const cost = (item: string): number => item.length;
    const results = await onTwoThreads(['b', 'dddd', 'a', 'ccc'], cost, lane('here', 5), lane('there', 50));
    expect(handled.slice(0, 2)).toEqual(['there:dddd', 'here:ccc']);
    // While the second thread is busy with the costliest, this one does the rest.
    expect(results).toEqual(['b by here', 'dddd by there', 'a by here', 'ccc by here']);
  });

  it('fails only once both lanes have stopped, and hands out no item twice', async () => {
    const handled: string[] = [];
    let thereFinished = false;
    const here = async (item: number): Promise<number> => {
      handled.push(`here ${item}`);
      throw new Error(`item ${item} failed`);
    };
    const there = async (item: number): Promise<number> => {
      handled.push(`there ${item}`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      thereFinished = true;
      return item;
    };
    await expect(onTwoThreads([1, 2, 3], (n) => n, here, there)).rejects.toThrow('item 2 failed');
    expect(thereFinished).toBe(true);
    expect(handled.sort()).toEqual(['here 2', 'there 1', 'there 3']);
  });
});

describe('a build on two threads', () => {
  let secondThread: SecondThread | undefined;
  afterAll(() => secondThread?.close());

  it('writes what a build on one thread writes, byte for byte, with the record of inputs, the worker making some', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const root = await scratchProject();
    const request = (out: string): BuildRequest => ({ root, editions: ['en', 'zh', 'bilingual'], formats: ['pdf', 'html', 'md'], outDir: path.join(root, out) });
    const one = await build(request('one'));
    const worker = startSecondThread();
    secondThread = worker;
    const madeThere: string[] = [];
    const counting: SecondThread = { build: (r) => (madeThere.push(`${r.editions[0]}.${r.formats[0]}`), worker.build(r)), close: () => worker.close() };
    const two = await build(request('two'), counting);
    expect(madeThere.length).toBeGreaterThan(0);
    expect(madeThere).toContain('bilingual.pdf'); // the costliest output goes first to the worker
    expect(two.outputs.map((o) => o.file)).toEqual(one.outputs.map((o) => o.file));
    const files = (await readdir(path.join(root, 'one'))).sort();
    expect((await readdir(path.join(root, 'two'))).sort()).toEqual(files);
    for (const file of files.filter((f) => f !== INPUTS_FILE)) {
      const [a, b] = await Promise.all(['one', 'two'].map((out) => readFile(path.join(root, out, file))));
      expect(b!.equals(a!), file).toBe(true);
    }
    // The record of inputs: the same strings and sizes. An output's hash covers the tool's code, which
    // is src/ for this test and lib/ for the worker, so only those made here have the same hash.
    type Record = { [file: string]: { hash: string; strings: unknown; bytes: number } };
    const [oneRecord, twoRecord] = await Promise.all(['one', 'two'].map(async (out) => JSON.parse(await readFile(path.join(root, out, INPUTS_FILE), 'utf8')) as Record));
    expect(Object.keys(twoRecord!).sort()).toEqual(Object.keys(oneRecord!).sort());
    for (const [file, entry] of Object.entries(twoRecord!)) {
      expect({ strings: entry.strings, bytes: entry.bytes }, file).toEqual({ strings: oneRecord![file]!.strings, bytes: oneRecord![file]!.bytes });
      if (!madeThere.includes(file)) expect(entry.hash, file).toBe(oneRecord![file]!.hash);
    }
  }, 60_000);

  it('brings an error for people back as one: its message and exit code, not an internal error', async () => {
    const root = await scratchProject();
    await edit(root, EN_LOCALE_FILE, 'The rise of the digital economy', 'The rise of the <iframe>digital</iframe> economy');
    secondThread ??= startSecondThread();
    const failure = await secondThread
      .build({ root, editions: ['en'], formats: ['html'], outDir: path.join(root, 'dist'), stagingDir: await mkdtemp(path.join(root, 'staging-')) })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BriefingError);
    expect(failure).toMatchObject({ exitCode: 1, message: 'locales/en/track2-2021.json: key blocks.importance-p1: markup <iframe>: only <strong> and <em> are allowed' });
  }, 60_000);
});
