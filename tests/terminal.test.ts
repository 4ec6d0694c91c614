import { describe, expect, it } from 'vitest';
import { colorsWanted, plural } from '../src/terminal.js';

type Stream = Parameters<typeof colorsWanted>[0];

describe('colorsWanted', () => {
  const terminal: Stream = { isTTY: true, hasColors: () => true };
  const pipe: Stream = { isTTY: false };
  it.each<[string, Stream, NodeJS.ProcessEnv, boolean]>([
    ['a terminal', terminal, {}, true],
    ['a pipe', pipe, {}, false],
    ['a pipe with FORCE_COLOR=1', pipe, { FORCE_COLOR: '1' }, true],
    ['a terminal with FORCE_COLOR=0', terminal, { FORCE_COLOR: '0' }, false],
    ['a terminal with NO_COLOR', terminal, { NO_COLOR: '1' }, false],
    ['NO_COLOR over FORCE_COLOR', pipe, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    ['a terminal without colours (TERM=dumb)', { isTTY: true, hasColors: () => false }, {}, false],
  ])('%s', (_name, stream, env, wanted) => {
    expect(colorsWanted(stream, env)).toBe(wanted);
  });
});

describe('plural', () => {
  it('says "1 output" and "9 outputs"', () => {
    expect([plural(1, 'output'), plural(9, 'output'), plural(0, 'error')]).toEqual(['1 output', '9 outputs', '0 errors']);
  });
});
