import { mergeChanges, type Change } from './changes.js';

/** Changes waiting to be built, one build at a time. */
export interface RebuildQueue {
  add(change: Change): void;
  /** Resolves once nothing is waiting and no build is running. */
  idle(): Promise<void>;
  /** Drops what is waiting and resolves once the running build, if any, has finished. */
  close(): Promise<void>;
}

/**
 * Collects changes until none has come for `delayMs` (an editor's save is often several events),
 * then hands them to `run` as one. Builds never overlap: changes made during a build are merged
 * and built after it.
 */
export function rebuildQueue(run: (change: Change) => Promise<void>, delayMs: number): RebuildQueue {
  let waiting: Change | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let idleWaiters: (() => void)[] = [];

  const settle = (): void => {
    if (running || timer || waiting) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  };

  const drain = async (): Promise<void> => {
    if (running) return; // the running drain picks up what is waiting
    running = true;
    try {
      while (waiting && !timer) {
        const change = waiting;
        waiting = undefined;
        await run(change);
      }
    } finally {
      running = false;
      settle();
    }
  };

  return {
    add(change) {
      waiting = waiting ? mergeChanges(waiting, change) : change;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void drain();
      }, delayMs);
    },
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
    },
    close() {
      clearTimeout(timer);
      timer = undefined;
      waiting = undefined;
      return this.idle();
    },
  };
}
