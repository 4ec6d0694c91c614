/**
 * Pre-translation on real text: the memory is the CC BY 4.0 legal code with its official Chinese
 * translation attached by `import --lang zh` and exported by `tm export`, as a translator makes it;
 * the new agreement is the CC BY-NC-SA 4.0 legal code (most of it the same wording). The expected
 * counts by band come from the memory's English, measured here with a plain dynamic-programming
 * Levenshtein distance, not with the implementation's library.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { create } from 'xmlbuilder2';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ccByMemory, emptyProject } from '../helpers/cc-by-memory.mjs';
import { CORPUS } from '../helpers/corpus.js';
import { REPO_ROOT } from '../helpers/project.js';
import { run, strings } from './helpers.js';

const corpusFile = (name: string): string => path.join(CORPUS, name);

/** The English and Chinese of each unit of a TMX file, read with a DOM, not with the implementation's reader. */
async function tmxPairs(file: string): Promise<{ en: string; zh: string }[]> {
  const document = create(await readFile(file, 'utf8')).node as unknown as Document;
  return [...document.getElementsByTagName('tu')].map((unit) => {
    const [en, zh] = [...unit.getElementsByTagName('seg')].map((seg) => seg.textContent ?? '');
    return { en: en!, zh: zh! };
  });
}

const ID = 'cc-by-nc-sa-4-0';

/** Levenshtein distance by the textbook recurrence, over UTF-16 code units. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

const normal = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[“”„″]/g, '"')
    .replace(/[‘’‚′]/g, "'");

/** The best score of a text against the memory: 100 for an identical normalized text, else the rounded-down ratio (at most 99). */
function score(text: string, memory: readonly string[]): number {
  const form = normal(text);
  if (memory.includes(form)) return 100;
  let best = 0;
  for (const other of memory) {
    const longer = Math.max(form.length, other.length);
    if (Math.min(form.length, other.length) / longer < 0.75) continue; // cannot reach 75 %
    best = Math.max(best, Math.min(99, Math.floor((1 - levenshtein(form, other) / longer) * 100)));
  }
  return best;
}

const band = (value: number): string => (value === 100 ? '100' : value >= 95 ? '95-99' : value >= 85 ? '85-94' : value >= 75 ? '75-84' : 'none');

describe('pretranslate a new agreement from the CC BY 4.0 memory', () => {
  let root: string;
  let output: string;
  let english: Map<string, string>;
  let memory: { en: string; zh: string }[];

  beforeAll(async () => {
    // A project holding only the UI strings and the glossary: the memory is the CC BY translation alone.
    root = await emptyProject(REPO_ROOT, 'briefing-pretranslate-');
    expect((await run('import', corpusFile('cc-by-nc-sa-4.0-legalcode.en.txt'), '--id', ID, '--root', root)).code).toBe(0);

    // The CC BY memory: every pair the alignment was sure of (the uncertain one stays out until confirmed).
    const tmx = path.join(root, 'cc-by-4.0.tmx');
    const made = await ccByMemory(main, REPO_ROOT, CORPUS, tmx);
    expect(made).toContain('aligned: 1 uncertain (flagged for review in locales/zh/cc-by-4-0.review.json)');
    memory = await tmxPairs(tmx);
    expect(made.at(-1)).toMatch(new RegExp(`^wrote .*cc-by-4\\.0\\.tmx \\(${memory.length} confirmed en/zh pairs\\)`));
    expect(await run('tm', 'import', tmx, '--root', root)).toEqual({ code: 0, out: `added ${memory.length} pairs as data/tm/cc-by-4.0.tmx`, err: '' });

    english = await strings(root, path.join('locales', 'en', `${ID}.json`));
    const result = await run('pretranslate', '--agreement', ID, '--root', root);
    expect(result.code).toBe(0);
    output = result.out;
  });

  it('reports the counts by band that the overlap of the two English texts gives', async () => {
    const memoryEnglish = memory.map((pair) => normal(pair.en));
    const counts: Record<string, number> = { '100': 0, '95-99': 0, '85-94': 0, '75-84': 0, none: 0 };
    for (const text of english.values()) counts[band(score(text, memoryEnglish))]!++;
    const lines = output.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      `${ID} (zh): ${english.size} untranslated strings, memory of ${memory.length} pairs`,
      `  100 %: ${counts['100']}`,
      `  95-99 %: ${counts['95-99']}`,
      `  85-94 %: ${counts['85-94']}`,
      `  75-84 %: ${counts['75-84']}`,
      `  no match: ${counts.none}`,
    ]);
    // Most of the NC-SA legal code is CC BY wording.
    expect(counts.none).toBeLessThan(english.size / 4);
    expect(counts['100']).toBeGreaterThan(english.size / 3);
  });

  it('fills exact matches with the CC BY Chinese, and flags fuzzy ones with their score and English', async () => {
    const zh = await strings(root, path.join('locales', 'zh', `${ID}.json`));
    const review = JSON.parse(await readFile(path.join(root, 'locales', 'zh', `${ID}.review.json`), 'utf8')) as Record<string, string>;
    const memoryEnglish = memory.map((pair) => normal(pair.en));
    const memoryChinese = memory.map((pair) => pair.zh);
    for (const [key, text] of english) {
      const best = score(text, memoryEnglish);
      const b = band(best);
      if (b === '100') {
        expect(zh.get(key)).toBe(memoryChinese[memoryEnglish.indexOf(normal(text))]);
        expect(review[key]).toBeUndefined();
      } else if (b === 'none') {
        expect(zh.has(key)).toBe(false);
      } else {
        expect(review[key]).toMatch(new RegExp(`^pre-translated from a ${best} % memory match \\(Levenshtein ratio\\) of “.+” \\(cc-by-4-0 [a-z]+\\.[a-z0-9.-]+\\): adapt it to this English, then run briefing check --accept ${key.replace(/\./g, '\\.')}$`));
        expect(memoryChinese).toContain(zh.get(key));
      }
    }
  });

  it('never overwrites a translation: a second run fills nothing', async () => {
    const zh = path.join(root, 'locales', 'zh', `${ID}.json`);
    const before = await readFile(zh, 'utf8');
    const again = await run('pretranslate', '--agreement', ID, '--root', root);
    expect(again.out.split('\n')[1]).toBe('  100 %: 0');
    expect(await readFile(zh, 'utf8')).toBe(before);
  });
});
