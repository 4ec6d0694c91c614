/**
 * Official translations from ../shared/corpus attach to the English imported from the same corpus:
 * at least 95 % of the English blocks receive the translation the known correspondence gives, and
 * every other block is flagged for review or left untranslated for `check` to report.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/findings.js';
import { runCheck } from '../../src/check/index.js';
import { importAgreement, importTranslation } from '../../src/import/index.js';
import { loadLocaleFile, localeValue } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import { CORPUS } from '../helpers/corpus.js';
import { scratchProject } from '../helpers/project.js';
import { expectedTranslation, isCorrect, lineParallel, type Reference } from './helpers/reference-alignment.js';
import { textKeys } from './helpers/shape.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'import');

interface Pair {
  id: string;
  english: string;
  /** The translation as distributed, which is what gets attached. */
  translation: string;
  /** A file whose lines correspond one to one with the English, for the known correspondence. */
  parallel: string;
}

const PAIRS: Pair[] = [
  // The distributed Chinese UDHR runs the ten preamble paragraphs and the first heading together;
  // the fixture sets them as the UN print edition does, word for word.
  { id: 'udhr-1948', english: 'udhr-1948.en.txt', translation: path.join(CORPUS, 'udhr-1948.zh.txt'), parallel: path.join(FIXTURES, 'udhr-1948.zh.aligned.txt') },
  ...['cc-by-4.0-legalcode', 'cc-by-nc-sa-4.0-legalcode', 'cc0-1.0-legalcode'].map((name) => ({
    id: name.replace(/\./g, '-'),
    english: `${name}.en.txt`,
    translation: path.join(CORPUS, `${name}.zh.txt`),
    parallel: path.join(CORPUS, `${name}.zh.txt`),
  })),
];

async function englishProject(pair: Pair): Promise<string> {
  const root = await scratchProject();
  await importAgreement({ root, file: path.join(CORPUS, pair.english), id: pair.id });
  return root;
}

const zhErrors = async (root: string, id: string): Promise<Finding[]> =>
  (await runCheck({ root, agreementId: id })).errors.filter((f) => f.language === 'zh' && !f.key.startsWith('common:'));

describe('attaching the corpus translations', () => {
  for (const pair of PAIRS) {
    it(`${pair.id}: at least 95 % of the English blocks get their known translation; the rest are flagged or untranslated`, async () => {
      const reference: Reference = await lineParallel(path.join(CORPUS, pair.english), pair.parallel);
      const root = await englishProject(pair);
      const before = await zhErrors(root, pair.id);
      const out = await mkdtemp(path.join(tmpdir(), 'briefing-alignment-'));
      const report = await importTranslation({ root, file: pair.translation, id: pair.id, lang: 'zh', outDir: out });

      const agreement = await loadAgreement(root, pair.id);
      const en = await loadLocaleFile(root, path.join('locales', 'en', `${agreement.namespace}.json`));
      const zh = await loadLocaleFile(root, path.join('locales', 'zh', `${agreement.namespace}.json`));
      const review = JSON.parse(await readFile(path.join(root, 'locales', 'zh', `${agreement.namespace}.review.json`), 'utf8')) as Record<string, string>;
      const keys = ['meta.title', ...textKeys(agreement)];
      const wrong: string[] = [];
      let correct = 0;
      for (const key of keys) {
        const expected = expectedTranslation(reference, String(localeValue(en, key)));
        expect(expected, `${key}: its English is in the source file`).toBeDefined();
        const actual = localeValue(zh, key);
        if (typeof actual === 'string' && isCorrect(expected!, actual)) correct++;
        else wrong.push(key);
      }
      expect(correct / keys.length, `wrong: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
      // Nothing wrong goes unnoticed: a wrong pair is flagged, a missing one is left for check.
      for (const key of wrong) expect(review[key] ?? (localeValue(zh, key) === undefined ? 'untranslated' : undefined), key).toBeDefined();
      for (const reason of Object.values(review)) expect(reason).toMatch(/^alignment \(score \d\.\d\d\): \S/);

      // The dialogue line is a block of its own when the document has one besides the title.
      const dialogue = localeValue(en, 'meta.dialogue');
      expect(report.summary.pairs + report.summary.untranslated).toBe(keys.length + (dialogue !== undefined && dialogue !== localeValue(en, 'meta.title') ? 1 : 0));
      // check no longer misses the translations; what it still reports is text the file does not
      // give (the short title, the venue and organizers the English import could not find either).
      const after = await zhErrors(root, pair.id);
      expect(after.length).toBeLessThan(before.length);
      // An English block left without a translation is reported by the untranslated rule, not as a fault of the structure.
      expect(after.filter((f) => f.rule === 'structure')).toEqual([]);
      const missing = after.filter((f) => f.rule === 'untranslated' && f.message.startsWith('no translation:')).map((f) => f.key);
      expect(missing.filter((key) => !/^(meta\.shortTitle|venues\.|organizations\.)/.test(key))).toEqual(wrong.filter((key) => localeValue(zh, key) === undefined));
      const html = await readFile(report.report, 'utf8');
      expect(path.basename(report.report)).toBe(`alignment-${pair.id}-zh.html`);
      // Every flagged key stands in a highlighted row of the report.
      const rows = html.split('<tr class="').slice(1);
      for (const key of Object.keys(review)) expect(rows.find((row) => row.includes(`>${key}<`)), key).toMatch(/^uncertain[ "]/);
      expect(rows.filter((row) => row.startsWith('uncertain')).length).toBeGreaterThan(0);
    });
  }

  it('the UDHR preamble, one paragraph in the Chinese, is split into its ten English paragraphs and flagged', async () => {
    const pair = PAIRS[0]!;
    const root = await englishProject(pair);
    const report = await importTranslation({ root, file: pair.translation, id: pair.id, lang: 'zh', outDir: await mkdtemp(path.join(tmpdir(), 'briefing-alignment-')) });
    const zh = await loadLocaleFile(root, path.join('locales', 'zh', 'udhr-1948.json'));
    expect(localeValue(zh, 'blocks.preamble-p4')).toBe('鉴于有必要促进各国间友好关系的发展，');
    expect(localeValue(zh, 'blocks.preamble-p8')).toBe('因此现在，');
    expect(localeValue(zh, 'blocks.preamble-p9')).toBe('大会，');
    expect(localeValue(zh, 'sections.article-1')).toBe('第一条');
    expect(report.summary.splits).toBe(1);
    const review = JSON.parse(await readFile(path.join(root, 'locales', 'zh', 'udhr-1948.review.json'), 'utf8')) as Record<string, string>;
    expect(review['blocks.preamble-p1']).toMatch(/^alignment \(score \d\.\d\d\): one zh paragraph carries 11 English blocks: it was split at the sentence boundaries that fit best; check the cuts/);
  });

  it('the CC BY-NC-SA Chinese text attached to the CC BY English: every pair is flagged, and the summary says why', async () => {
    // About 80 % of the two legal codes is the same wording, so this is not refused outright; the
    // blocks only the NC-SA text has (NonCommercial, ShareAlike) give it away.
    const root = await englishProject(PAIRS[1]!);
    const report = await importTranslation({ root, file: PAIRS[2]!.translation, id: PAIRS[1]!.id, lang: 'zh', outDir: await mkdtemp(path.join(tmpdir(), 'briefing-alignment-')) });
    expect(report.summary.unmatched).toBeGreaterThan(2);
    expect(report.summary.uncertain).toBe(report.summary.pairs);
    expect(report.summary.doubt).toMatch(/^\d+ translated blocks have no English counterpart \(such as “.+”\): the file may translate another version or document; check every pair$/);
    const review = JSON.parse(await readFile(path.join(root, 'locales', 'zh', 'cc-by-4-0-legalcode.review.json'), 'utf8')) as Record<string, string>;
    const zh = await loadLocaleFile(root, path.join('locales', 'zh', 'cc-by-4-0-legalcode.json'));
    const agreement = await loadAgreement(root, PAIRS[1]!.id);
    for (const key of ['meta.title', ...textKeys(agreement)].filter((k) => localeValue(zh, k) !== undefined)) expect(review[key], key).toMatch(/^alignment \(score \d\.\d\d\): /);
  });
});
