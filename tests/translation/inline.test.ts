/** Inline codes: a translation's codes take the numbers of the source's, wherever they moved. */
import { describe, expect, it } from 'vitest';
import { codesOf, fromRuns, toRuns } from '../../src/translation/inline.js';

describe('inline codes', () => {
  const source = 'The <strong>Dialogue</strong> met on {{date}} in <em>Beijing</em>.';
  const codes = codesOf(toRuns(source));

  it('numbers the source codes in order and gives a moved code of the translation its source number', () => {
    expect(codes).toEqual([
      { id: '1', kind: 'pair', native: 'strong' },
      { id: '2', kind: 'ph', native: '{{date}}' },
      { id: '3', kind: 'pair', native: 'em' },
    ]);
    const target = '{{date}}，<em>北京</em>举行了<strong>对话</strong>。';
    const runs = toRuns(target, codes);
    expect(runs.filter((r) => r.kind !== 'text').map((r) => `${r.kind}:${r.id}`)).toEqual(['ph:2', 'open:3', 'close:3', 'open:1', 'close:1']);
    expect(fromRuns(runs, codes)).toEqual({ text: target });
  });

  it('names a code the source lacks, and one the translation lost', () => {
    expect(fromRuns(toRuns('<strong>对话</strong>于{{date}}在<em>北京</em>，<em>举行</em>。', codes), codes)).toEqual({ problem: 'inline code 4 is not an emphasis of the source' });
    expect(fromRuns(toRuns('对话于{{date}}在<em>北京</em>举行。', codes), codes)).toEqual({ problem: 'inline code 1 (<strong>) of the source is missing' });
  });
});
