/**
 * Builds on two threads (build/threads.ts), as a watch session runs them: the same bytes, the same
 * record of inputs, with some outputs rendered by the worker thread.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { build, type BuildRequest } from '../../src/build/index.js';
import { INPUTS_FILE } from '../../src/build/inputs.js';
import { onTwoThreads, startSecondThread, type SecondThread } from '../../src/build/threads.js';
import { treeLanguages, type DocumentTree } from '../../src/tree/types.js';
import { scratchProject } from '../helpers/project.js';

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

  it('writes what a build on one thread writes, byte for byte, the record of inputs too, the worker rendering some', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const root = await scratchProject();
    const request = (out: string): BuildRequest => ({ root, editions: ['en', 'zh', 'bilingual'], formats: ['pdf', 'html', 'md'], outDir: path.join(root, out) });
    const one = await build(request('one'));
    const worker = startSecondThread();
    secondThread = worker;
    const renderedThere: string[] = [];
    const counting: SecondThread = {
      render: (tree, format, options) => (renderedThere.push(`${treeLanguages(tree).join('+')} ${format}`), worker.render(tree, format, options)),
      close: () => worker.close(),
    };
    const two = await build(request('two'), counting);
    // The costliest output, the bilingual PDF, goes first to the worker.
    expect(renderedThere[0]).toBe('en+zh-Hans pdf');
    expect(two.outputs.map((o) => o.file)).toEqual(one.outputs.map((o) => o.file));
    const files = (await readdir(path.join(root, 'one'))).sort();
    expect(files).toContain(INPUTS_FILE);
    expect((await readdir(path.join(root, 'two'))).sort()).toEqual(files);
    for (const file of files) {
      const [a, b] = await Promise.all(['one', 'two'].map((out) => readFile(path.join(root, out, file))));
      expect(b!.equals(a!), file).toBe(true);
    }
  }, 60_000);

  it('reports a failure of the worker as its error, and renders the next output', async () => {
    const root = await scratchProject();
    secondThread ??= startSecondThread();
    const broken = { type: 'document', children: null } as unknown as DocumentTree;
    await expect(secondThread.render(broken, 'md', { paper: 'a4' })).rejects.toThrow("Cannot read properties of null (reading 'flatMap')");
    const request: BuildRequest = { root, editions: ['en'], formats: ['md', 'html'], outDir: path.join(root, 'dist') };
    expect((await build(request, secondThread)).outputs.map((o) => o.file)).toEqual(['en.md', 'en.html']);
  }, 60_000);
});
