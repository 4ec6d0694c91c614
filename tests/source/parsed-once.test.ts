import { describe, expect, it, vi } from 'vitest';
import { parsedOnce } from '../../src/source/parsed-once.js';
import { parseYamlText } from '../../src/source/yaml-file.js';
import { ConfigSchema } from '../../src/source/project.js';

describe('parsedOnce', () => {
  it('parses a text once, and gives every caller its own copy of the value', () => {
    const kind = {};
    const calls: string[] = [];
    const parse = (text: string): { words: string[] } => (calls.push(text), { words: text.split(' ') });
    const first = parsedOnce(kind, 'one two', parse);
    first.words.push('changed by the first caller');
    const second = parsedOnce(kind, 'one two', parse);
    expect(second).toEqual({ words: ['one', 'two'] });
    expect(calls).toEqual(['one two']);
    expect(parsedOnce(kind, 'one three', parse)).toEqual({ words: ['one', 'three'] });
    expect(calls).toEqual(['one two', 'one three']);
  });

  it('keeps kinds apart: the same text parsed another way is parsed again', () => {
    const [a, b] = [{}, {}];
    expect(parsedOnce(a, 'text', (t) => t.length)).toBe(4);
    expect(parsedOnce(b, 'text', (t) => t.toUpperCase())).toBe('TEXT');
  });

  it('keeps no failure: a text that failed fails again, with its error', () => {
    const kind = {};
    let calls = 0;
    const parse = (): never => {
      calls++;
      throw new Error('bad text');
    };
    expect(() => parsedOnce(kind, 'x', parse)).toThrow('bad text');
    expect(() => parsedOnce(kind, 'x', parse)).toThrow('bad text');
    expect(calls).toBe(2);
  });

  it('serves the YAML loader: an invalid file is reported every time, a valid one is validated once', () => {
    const bad = 'paper: folio\n';
    for (let i = 0; i < 2; i++) expect(() => parseYamlText(bad, 'data/config.yaml', ConfigSchema, 2)).toThrow(/^data\/config\.yaml:1:8: paper: /);
    const good = 'paper: letter\n';
    const validate = vi.spyOn(ConfigSchema, 'safeParse');
    const value = parseYamlText(good, 'data/config.yaml', ConfigSchema, 2);
    expect(parseYamlText(good, 'data/config.yaml', ConfigSchema, 2)).toEqual(value);
    expect(parseYamlText(good, 'data/config.yaml', ConfigSchema, 2)).not.toBe(value);
    expect(validate).toHaveBeenCalledTimes(1);
    validate.mockRestore();
  });
});
