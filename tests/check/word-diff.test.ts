import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/check/word-diff.js';

const plain = pc.createColors(false);

describe('wordDiff', () => {
  it('marks removed and added words, keeping a few words of context on each side', () => {
    const from = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen.';
    const to = 'One two three four five six seven EIGHT nine ten eleven twelve thirteen fourteen.';
    expect(wordDiff(from, to, plain)).toBe('… three four five six seven [-eight-]{+EIGHT+} nine ten eleven twelve …');
  });

  it('keeps short strings whole, and marks an addition at the end', () => {
    expect(wordDiff('Data flows.', 'Data flows matter.', plain)).toBe('Data flows {+matter+}.');
  });

  it('colours the changes when colours are on', () => {
    expect(wordDiff('old text', 'new text', pc.createColors(true))).toBe('\x1b[31m[-old-]\x1b[39m\x1b[32m{+new+}\x1b[39m text');
  });
});
