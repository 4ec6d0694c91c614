import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/writers/pdf/read.js';
import { chainAfter, longestFittingPrefix } from '../../src/writers/pdf/line-builder.js';
import { briefing } from '../helpers/cli.js';
import { EN_LOCALE_FILE, REPO_ROOT, scratchProject } from '../helpers/project.js';
import { inWorker } from './bounded.js';

/**
 * The PDF layout of any string the README allows (100,000 characters) takes time in proportion to
 * its length (issue 15: a 20,000-character word took 68 s, 100,000 never finished; a 20,000-character
 * Chinese paragraph 48 s). The bound is generous, for a loaded machine, and enforced from outside
 * (a child process, a worker) since layout is synchronous; `npm run bench` measures words and
 * Chinese paragraphs of 5,000 to 100,000 characters.
 */
const BOUND = 60_000;

describe('long unbreakable text in the PDF', { timeout: BOUND + 10_000 }, () => {
  it('breaks a 30,000-character word at any character, filling every line, and keeps all of it', async () => {
    const root = await scratchProject();
    const word = 'abcdefghij'.repeat(3_000);
    const strings = JSON.parse(await readFile(path.join(root, EN_LOCALE_FILE), 'utf8')) as { blocks: Record<string, string> };
    strings.blocks['opening-p1'] = word;
    await writeFile(path.join(root, EN_LOCALE_FILE), JSON.stringify(strings));
    const run = await briefing(['build', '--root', root, '--edition', 'en', '--format', 'pdf'], REPO_ROOT, { timeoutMs: BOUND });
    expect([run.timedOut ?? false, run.code, run.stderr]).toEqual([false, 0, '']);
    const { pages } = await pdfText(path.join(root, 'dist', 'en.pdf'));
    const lines = pages.join('\n').split('\n').filter((line) => /^[a-j]+$/.test(line));
    expect(lines.join('')).toBe(word);
    // Every line but the last is full: about as many characters each, never a short one mid-word.
    const full = lines.slice(0, -1).map((line) => line.length);
    expect(Math.min(...full)).toBeGreaterThan(Math.max(...full) - 3);
  });

  it('lays out a paragraph of 100,000 inlines (Chinese: one per character) line by line, in order', async () => {
    // pdfmake's line layout as the PDF writer installs it, over inlines 10 pt wide in a 400 pt line.
    const writer = pathToFileURL(path.join(REPO_ROOT, 'lib', 'writers', 'pdf', 'index.js')).href;
    const result = await inWorker<{ lines: number[]; text: string }>(
      `import ${JSON.stringify(writer)};
       import { createRequire } from 'node:module';
       import { parentPort } from 'node:worker_threads';
       const { buildNextLine } = createRequire(${JSON.stringify(writer)})('pdfmake/js/LayoutBuilder.js').default.prototype;
       const node = { _inlines: Array.from({ length: 100000 }, (_, i) => ({ text: String.fromCharCode(0x4e00 + (i % 100)), width: 10 })) };
       const builder = { writer: { context: () => ({ availableWidth: 400 }) } };
       const lines = [];
       let text = '';
       for (let line = buildNextLine.call(builder, node); line; line = buildNextLine.call(builder, node)) {
         lines.push(line.inlines.length);
         text += line.inlines.map((inline) => inline.text).join('');
       }
       parentPort.postMessage({ lines, text });`,
      BOUND,
    );
    expect(result.lines).toEqual(Array(2_500).fill(40));
    expect(result.text).toBe(Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(0x4e00 + (i % 100))).join(''));
  });
});

describe('the line builder', () => {
  const width = (text: string): number => [...text].reduce((sum, c) => sum + (c === 'W' ? 2 : 1), 0);

  it('finds the longest prefix that fits, at least one character, never half a surrogate pair', () => {
    expect(longestFittingPrefix('a'.repeat(1000), 37, width)).toBe(37);
    expect(longestFittingPrefix('WWWWa', 5, width)).toBe(2);
    expect(longestFittingPrefix('Wa', 1, width)).toBe(1);
    expect(longestFittingPrefix(`a${'😀'.repeat(5)}`, 2, (t) => t.length)).toBe(1);
    for (let max = 1; max < 60; max++) {
      const text = 'aWaaWWa'.repeat(20);
      let expected = 1;
      while (expected < text.length && width(text.slice(0, expected + 1)) <= max) expected++;
      expect([max, longestFittingPrefix(text, max, width)]).toEqual([max, expected]);
    }
  });

  it('passes on only the inlines chained to the next one', () => {
    const inline = (text: string, noNewLine = false) => ({ text, width: 1, noNewLine });
    const inlines = [inline('a'), inline('b', true), inline('c', true), inline('d'), inline('e')];
    expect(chainAfter(inlines, 0)).toEqual([]);
    expect(chainAfter(inlines, 1).map((i) => i.text)).toEqual(['c', 'd']);
    expect(chainAfter(inlines, 2).map((i) => i.text)).toEqual(['d']);
  });
});
