import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/languages/index.js';
import { fontSubset } from '../../src/fonts/subset.js';

const HEI = languageFor('zh').fonts.heading.faces.bold;

describe('web font subsets', () => {
  it('are WOFF files holding the glyphs of the characters asked for, and no others', async () => {
    const subset = await fontSubset(HEI, '数字经济');
    expect(subset.subarray(0, 4).toString('latin1')).toBe('wOFF');
    const font = fontkit.create(subset) as fontkit.Font;
    for (const char of '数字经济') expect(font.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
    expect(font.hasGlyphForCodePoint('对'.codePointAt(0)!)).toBe(false);
  });

  it('are cached by the font content and the characters, not by the font file path or character order', async () => {
    const first = await fontSubset(HEI, '中美对话');
    const copy = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-font-')), 'copied.ttf');
    await copyFile(HEI, copy);
    expect(await fontSubset(copy, '话对美中')).toBe(first);
    expect(await fontSubset(copy, '中美对话会')).not.toBe(first);
  });
});
