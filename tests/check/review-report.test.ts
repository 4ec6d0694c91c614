import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { attribute, findAll, textContent } from '../../src/writers/html/read.js';
import { squash } from '../../src/writers/common/text.js';
import { REPORT_NAME, reviewSample, type ReviewSample } from '../helpers/review-sample.js';

type Element = DefaultTreeAdapterMap['element'];

let sample: ReviewSample;
let rows: Element[];
let html: string;

beforeAll(async () => {
  sample = await reviewSample();
  html = await readFile(sample.report, 'utf8');
  rows = findAll(parse(html), (e) => e.tagName === 'tr' && (attribute(e, 'class') ?? '').split(' ').includes('string'));
});

const classes = (row: Element): string[] => (attribute(row, 'class') ?? '').split(' ');
const rowOf = (key: string): Element => rows.find((r) => attribute(r, 'data-key') === key)!;
/** The row's cells: key, English, Chinese, glossary terms, review flags, check findings. */
const cells = (key: string): string[] => rowOf(key).childNodes.filter((n): n is Element => 'tagName' in n).map((c) => squash(textContent(c)));
const keysWith = (state: string): string[] => rows.filter((r) => classes(r).includes(state)).map((r) => attribute(r, 'data-key')!);

describe('check --review', () => {
  it('writes review-<agreement>-<lang>.html into the build folder, and nothing else', async () => {
    expect(sample.run.code).toBe(1); // the sample has findings
    expect(sample.run.stderr).toContain(`wrote ${path.join(sample.root, 'dist', REPORT_NAME)}`);
    // One report per translation: the Simplified and the Traditional (converted) Chinese.
    expect((await readdir(path.dirname(sample.report))).sort()).toEqual([REPORT_NAME.replace('-zh.html', '-zh-Hant.html'), REPORT_NAME]);
  });

  it('has a row for every string, in document order, with both texts side by side', async () => {
    const en = JSON.parse(await readFile(path.join(sample.root, 'locales', 'en', 'track2-2021.json'), 'utf8')) as { blocks: Record<string, string> };
    expect(rows.map((r) => attribute(r, 'data-key')).slice(0, 6)).toEqual(['meta.dialogue', 'meta.title', 'meta.shortTitle', 'venues.zoom', 'blocks.opening-p1', 'blocks.opening-p2']);
    expect(rows.length).toBe(new Set(rows.map((r) => attribute(r, 'data-key'))).size);
    const [key, english, chinese] = cells('blocks.conclusion-p2');
    expect(key).toBe('blocks.conclusion-p2 stale');
    expect(english).toBe(en.blocks['conclusion-p2']);
    expect(chinese).toMatch(/^全球数字经济事关重大/);
    const langs = findAll(rowOf('blocks.opening-p1'), (e) => e.tagName === 'td').map((c) => attribute(c, 'lang'));
    expect(langs.slice(0, 2)).toEqual(['en', 'zh-Hans']);
  });

  it('marks flagged, stale and untranslated rows', () => {
    expect(keysWith('flagged')).toEqual(expect.arrayContaining(sample.flagged));
    expect(keysWith('flagged')).toHaveLength(sample.flagged.length);
    expect(keysWith('stale')).toEqual(sample.stale);
    expect(keysWith('untranslated')).toEqual(sample.untranslated);
  });

  it('shows the glossary terms, the review flags with their reasons, and the findings', () => {
    expect(cells('blocks.opening-p2')[3]).toBe('Consensus Agreement → 共识文件digital economy → 数字经济semiconductors → 半导体enterprise software → 企业软件');
    expect(cells('people.feng-wei.name')[4]).toBe('terminology.tsv: verify — Chinese characters unconfirmed; romanized form kept');
    expect(cells('blocks.importance-p2')[2]).toBe('no text');
    expect(cells('blocks.importance-p2')[5]).toBe('untranslated (zh): no translation: add "blocks.importance-p2" to locales/zh/track2-2021.json (npx briefing xliff export --only new writes every one left for a CAT tool)');
    expect(cells('sections.conclusion')[5]).toBe(
      'untranslated (zh): identical to the source: translate it; a proper name kept in Latin script must be flagged in locales/zh/track2-2021.review.json',
    );
  });

  it('works offline: no script, no external resource, fonts embedded', () => {
    expect(findAll(parse(html), (e) => e.tagName === 'script')).toEqual([]);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toMatch(/@font-face \{ font-family: "Review Han"; src: url\(data:font\/woff;base64,/);
  });
});
