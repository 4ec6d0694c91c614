/**
 * Alignment on the cases real translations bring: Chinese-numeral dates and 第N条 anchors, a
 * paragraph the translation splits or joins, ——/-- bullets, and files that are not translations.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorsOf } from '../../src/import/anchors.js';
import { importAgreement, importTranslation } from '../../src/import/index.js';
import { splitBlock } from '../../src/import/split-block.js';
import { loadLocaleFile, localeValue } from '../../src/source/locales.js';
import { CORPUS } from '../helpers/corpus.js';
import { scratchProject } from '../helpers/project.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'align');
const reportDir = (): Promise<string> => mkdtemp(path.join(tmpdir(), 'briefing-alignment-'));

describe('anchors', () => {
  it('reads Chinese numerals as printed in dates and article numbers', () => {
    expect(['二〇二一年', '第十一条', '第二十三条', '第三十条'].map((text) => anchorsOf(text, [], 'translation').numbers)).toEqual([['2021'], ['11'], ['23'], ['30']]);
    expect(anchorsOf('一九七九年一月一日', [], 'translation').numbers).toEqual(['1979', '1']);
    expect(anchorsOf('January 1, 1979', [], 'source').numbers).toEqual(['1', '1979']);
    expect(anchorsOf('本协议第一、五、六、七及第八条', [], 'translation').numbers).toEqual(['1', '5', '6', '7', '8']);
    expect(anchorsOf('Sections 1, 5, 6, 7, and 8 survive', [], 'source').numbers).toEqual(['1', '5', '6', '7', '8']);
  });

  it('does not take words for numbers: 一个, 两年, 第三方', () => {
    expect(anchorsOf('每两年举行一次会议，每一个第三方', [], 'translation').numbers).toEqual([]);
    expect(anchorsOf('You may not offer', [], 'source').numbers).toEqual([]);
  });

  it('reads list markers of either script as ordinals: (c) ↔ （三）, ii. ↔ 二、, a. ↔ a.', () => {
    const marker = (text: string, side: 'source' | 'translation'): string[] => anchorsOf(text, [], side).numbers;
    expect(marker('(c) the parties', 'source')).toEqual(marker('（三）双方', 'translation'));
    expect(marker('ii. the parties', 'source')).toEqual(marker('二、双方', 'translation'));
    expect(marker('a. License grant.', 'source')).toEqual(marker('a. 授权', 'translation'));
    expect(marker('1. The parties', 'source')).toEqual(marker('1．双方', 'translation'));
    expect(marker('1. The parties', 'source')).toEqual(['#1']);
  });

  it('keeps Latin words of a translation and finds glossary terms on both sides', () => {
    const glossary = [{ term: { english: 'export controls', renderings: { zh: '出口管制' }, kind: 'term', status: 'standard' as const, line: 2 }, rendering: '出口管制' }];
    const zh = anchorsOf('出口管制与授权作品(Licensed Material)', glossary, 'translation');
    expect([...zh.latin]).toEqual(['licensed', 'material']);
    expect([...zh.terms]).toEqual([0]);
    expect([...anchorsOf('Export controls on Licensed Material', glossary, 'source').terms]).toEqual([0]);
  });
});

describe('splitting one translated paragraph over several English blocks', () => {
  it('cuts at the sentence end that gives each piece its expected length, not at a comma', () => {
    const sources = [
      { length: 100, anchors: anchorsOf('The two sides held talks in Washington from December 18 to 21, 1978, and reached understandings.', [], 'source') },
      { length: 17, anchors: anchorsOf('The two sides agree:', [], 'source') },
    ];
    expect(splitBlock('双方于一九七八年十二月十八日至二十一日在华盛顿举行会谈，达成以下谅解。双方同意：', sources)).toEqual([
      '双方于一九七八年十二月十八日至二十一日在华盛顿举行会谈，达成以下谅解。',
      '双方同意：',
    ]);
  });

  it('says it cannot when the paragraph has too few places to cut', () => {
    const one = { length: 10, anchors: anchorsOf('One.', [], 'source') };
    expect(splitBlock('双方同意', [one, one])).toBeUndefined();
  });
});

describe('a communiqué with —— dashes and Chinese-numeral dates', () => {
  let root: string;
  beforeAll(async () => {
    root = await scratchProject();
    await importAgreement({ root, file: path.join(FIXTURES, 'communique.en.txt'), id: 'communique-1979' });
  });

  it('pairs every English block, joining and splitting where the Chinese paragraphs differ', async () => {
    const report = await importTranslation({ root, file: path.join(FIXTURES, 'communique.zh.txt'), id: 'communique-1979', lang: 'zh', outDir: await reportDir() });
    const en = await loadLocaleFile(root, path.join('locales', 'en', 'communique-1979.json'));
    const zh = await loadLocaleFile(root, path.join('locales', 'zh', 'communique-1979.json'));
    const chinese = (await readFile(path.join(FIXTURES, 'communique.zh.txt'), 'utf8')).split('\n').filter(Boolean);
    const english = (await readFile(path.join(FIXTURES, 'communique.en.txt'), 'utf8')).split('\n').filter(Boolean);
    // The key whose English is the given line of the English file.
    const keyOf = (line: string): string => {
      const blocks = localeValue(en, 'blocks') as Record<string, string>;
      const id = Object.keys(blocks).find((key) => line.includes(blocks[key]!.replace(/^-- /, '')));
      return `blocks.${id}`;
    };
    expect(localeValue(zh, 'meta.title')).toBe(chinese[0]);
    // The Chinese runs the first two English paragraphs together: split at the full stop, flagged.
    expect(localeValue(zh, keyOf(english[2]!))).toBe('双方于一九七八年十二月十八日至二十一日在华盛顿举行会谈，达成以下谅解。');
    expect(localeValue(zh, keyOf(english[3]!))).toBe('双方同意：');
    // Bullets: "-- " in the English, "——" in the Chinese (kept or taken as list markers).
    const bullet = (text: unknown): string => String(text).replace(/^(?:——|-- )/, '');
    for (const [i, line] of english.slice(4, 7).entries()) expect(bullet(localeValue(zh, keyOf(line)))).toBe(bullet(chinese[i + 3]));
    // The Chinese sets the last English paragraph as two: joined.
    expect(localeValue(zh, keyOf(english[7]!))).toBe(`${chinese[6]}${chinese[7]}`);
    expect(report.summary).toEqual({ pairs: 7, merges: 1, splits: 1, uncertain: 2, untranslated: 0, unmatched: 0 });
    const review = JSON.parse(await readFile(path.join(root, 'locales', 'zh', 'communique-1979.review.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(review).sort()).toEqual([keyOf(english[2]!), keyOf(english[3]!)].sort());
  });
});

describe('files that are not the translation', () => {
  let root: string;
  beforeAll(async () => {
    root = await scratchProject();
    await importAgreement({ root, file: path.join(CORPUS, 'cc0-1.0-legalcode.en.txt'), id: 'cc0' });
  });

  it.each([
    ['udhr-1948.zh.txt', /^udhr-1948\.zh\.txt: only \d of the \d+ English blocks of cc0 find a likely counterpart here: this is not a translation of that agreement \(nothing was written\)$/],
    ['cc0-1.0-legalcode.en.txt', /^cc0-1\.0-legalcode\.en\.txt: only 0% of its letters are Chinese characters: this is not a zh translation \(nothing was written\)$/],
  ])('refuses %s in one line, exit 1, writing nothing', async (name, message) => {
    const out = await reportDir();
    const attempt = importTranslation({ root, file: path.join(CORPUS, name), displayName: name, id: 'cc0', lang: 'zh', outDir: out });
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ exitCode: 1 });
    expect(existsSync(path.join(root, 'locales', 'zh', 'cc0.json'))).toBe(false);
    expect(existsSync(path.join(out, 'alignment-cc0-zh.html'))).toBe(false);
  });
});
