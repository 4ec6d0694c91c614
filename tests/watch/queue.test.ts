import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../src/watch/changes.js';
import { rebuildQueue } from '../../src/watch/queue.js';

const change = (file: string, ...profiles: string[]): Change => ({ files: [file], everything: false, profiles });

describe('the rebuild queue', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('waits for a quiet moment and builds the changes of one save once', async () => {
    const runs: Change[] = [];
    const queue = rebuildQueue(async (c) => void runs.push(c), 150);
    queue.add(change('a', 'p1'));
    await vi.advanceTimersByTimeAsync(100);
    queue.add(change('a', 'p2'));
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(60);
    expect(runs).toEqual([{ files: ['a'], everything: false, profiles: ['p1', 'p2'] }]);
  });

  it('never overlaps builds: changes made during one are built together after it', async () => {
    const runs: string[][] = [];
    let finish: () => void = () => undefined;
    const queue = rebuildQueue((c) => {
      runs.push(c.files);
      return new Promise<void>((resolve) => (finish = resolve));
    }, 150);
    queue.add(change('a'));
    await vi.advanceTimersByTimeAsync(150);
    queue.add(change('b'));
    queue.add(change('c'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([['a']]); // still building a
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([['a'], ['b', 'c']]);
    finish();
    await queue.idle();
  });

  it('is idle when nothing waits or runs, and drops waiting changes on close', async () => {
    const run = vi.fn(async () => undefined);
    const queue = rebuildQueue(run, 150);
    await queue.idle();
    queue.add(change('a'));
    await queue.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
