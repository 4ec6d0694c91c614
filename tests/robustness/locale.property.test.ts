import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleText } from '../../src/source/locales.js';
import { decodeUtf8 } from '../../src/source/text-file.js';
import { findTextProblem } from '../../src/source/text-problems.js';
import { EN_LOCALE_FILE, REPO_ROOT } from '../helpers/project.js';
import { edited, joined, jsonish } from './generators.js';
import { loadOrExplain } from './people-errors.js';

const RUNS = { numRuns: 1000 };
const localeText = readFileSync(path.join(REPO_ROOT, EN_LOCALE_FILE), 'utf8');

const jsonFragments = fc.constantFrom(
  '"', ':', ',', '{', '}', '[', ']', '\\', '\\u', '\\ud800', '\\u0007', '\\n', 'null', 'true', '1e999', '-0', ' ', '\n', '//', '/*', "'",
  '<strong>', '</strong>', '<script>', '__proto__', 'constructor', '\u0000', '\uFEFF', '\uD800', '中文',
);

describe('locale JSON loader, over generated input', () => {
  const load = (text: string) => loadOrExplain(() => parseLocaleText(text, EN_LOCALE_FILE), EN_LOCALE_FILE, 1);
  /** A loaded locale holds only strings fit for every format. */
  const expectFitStrings = (tree: unknown): void => {
    for (const value of Object.values(tree as object)) {
      if (typeof value === 'string') expect(findTextProblem(value)).toBeUndefined();
      else expectFitStrings(value);
    }
  };

  it('answers edits of the real file with strings fit for every format, or one line naming the file', () => {
    fc.assert(
      fc.property(edited(localeText, joined(jsonFragments)), (text) => {
        const tree = load(text);
        if (tree) expectFitStrings(tree);
      }),
      RUNS,
    );
  });

  it('answers generated JSON documents of any shape and any characters', () => {
    fc.assert(
      fc.property(jsonish, (value) => {
        const tree = load(JSON.stringify(value) ?? '');
        if (tree) expectFitStrings(tree);
      }),
      RUNS,
    );
  });
});

describe('UTF-8 decoding of source files', () => {
  const utf8 = new TextEncoder();
  const corrupted = fc
    .record({ text: fc.string({ unit: 'grapheme', maxLength: 60 }), at: fc.nat(), byte: fc.integer({ min: 0x80, max: 0xff }) })
    .map(({ text, at, byte }) => {
      const bytes = utf8.encode(text);
      const cut = at % (bytes.length + 1);
      return new Uint8Array([...bytes.subarray(0, cut), byte, ...bytes.subarray(cut)]);
    });

  it('decodes valid UTF-8 exactly, and names the line and column of anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 80 }), corrupted), (bytes) => {
        const text = loadOrExplain(() => decodeUtf8(bytes, EN_LOCALE_FILE), EN_LOCALE_FILE, 1);
        if (text === undefined) {
          expect(Buffer.from(bytes).toString('utf8')).toContain('\uFFFD');
          expect(() => decodeUtf8(bytes, EN_LOCALE_FILE)).toThrow(new RegExp(`^${EN_LOCALE_FILE}:\\d+:\\d+: invalid UTF-8 \\(byte 0x[0-9A-F]{2}\\): save the file as UTF-8 text$`));
        } else {
          expect(text).toBe(new TextDecoder().decode(bytes));
        }
      }),
      RUNS,
    );
  });
});
