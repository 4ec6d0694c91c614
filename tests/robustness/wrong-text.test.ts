import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { attribute, findAll, htmlText, textContent } from '../../src/writers/html/read.js';
import { loadProfile } from '../../src/select/profile.js';
import { loadAgreement } from '../../src/source/project.js';
import { failure } from './people-errors.js';
import { AGREEMENT_FILE, EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';

/**
 * Builds that used to succeed with the wrong text (issue 15): each must now fail with one line naming
 * the locale, data or profile file and the key, or print the string exactly as written.
 */

const COMMON_FILE = path.join('locales', 'en', 'common.json');
/** Each case is bounded: a hang fails the test instead of the suite. */
const CASE_TIME = 20_000;

const buildHtml = (root: string) => build({ root, editions: ['en'], formats: ['html'], outDir: path.join(root, 'dist') });


/** A scratch project with one JSON file changed by `change`. */
async function withJson(file: string, change: (json: Record<string, unknown>) => void): Promise<string> {
  const root = await scratchProject();
  const json = JSON.parse(await readFile(path.join(root, file), 'utf8')) as Record<string, unknown>;
  change(json);
  await writeFile(path.join(root, file), JSON.stringify(json, null, 2));
  return root;
}
const blocks = (json: Record<string, unknown>): Record<string, unknown> => json.blocks as Record<string, unknown>;

/** The text of the HTML block with this data-block id in the English edition. */
async function blockText(root: string, id: string): Promise<string> {
  await buildHtml(root);
  const { document } = await htmlText(path.join(root, 'dist', 'en.html'));
  const [block] = findAll(document as never, (element) => attribute(element, 'data-block') === id);
  return textContent(block!).trim();
}

describe('locale values that are not text', { timeout: CASE_TIME }, () => {
  it('an object where a string belongs names the file and key', async () => {
    const root = await withJson(EN_LOCALE_FILE, (json) => (blocks(json)['opening-p1'] = { a: 'b' }));
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${EN_LOCALE_FILE}: key blocks.opening-p1: expected a string, found an object: write the text as one string`);
    expect(error.exitCode).toBe(1);
  });

  it('a section id such as "constructor" is a missing string, not a property every object has', async () => {
    const root = await scratchProject();
    await edit(root, AGREEMENT_FILE, '- id: importance\n', '- id: constructor\n');
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${EN_LOCALE_FILE}: key sections.constructor: missing string: add it to the locale file`);
  });
});

describe('UI strings of common.json', { timeout: CASE_TIME }, () => {
  it('a missing group (dates) names the first string it lacks', async () => {
    const root = await withJson(COMMON_FILE, (json) => delete json.dates);
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${COMMON_FILE}: key dates.rangeSameMonth: missing UI string: add it (see locales/en/common.json)`);
  });

  it('a dropped placeholder ("Page" without its numbers) names the placeholder', async () => {
    const root = await withJson(COMMON_FILE, (json) => (json.page = 'Page'));
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${COMMON_FILE}: key page: the placeholder {{current}} is missing: write it where its value goes ({{current}}, {{total}})`);
  });

  it('an unknown placeholder, which would print empty', async () => {
    const root = await withJson(COMMON_FILE, (json) => (json.issued = 'Issued {{when}}'));
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${COMMON_FILE}: key issued: the placeholder {{date}} is missing: write it where its value goes ({{date}})`);
  });

  it('a bad language tag is blamed on its key, not on the template', async () => {
    const root = await withJson(COMMON_FILE, (json) => (json.languageTag = 'en_US!'));
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${COMMON_FILE}: key languageTag: "en_US!" is not a BCP 47 language tag (such as en-US or zh-CN)`);
  });

  it('a bad date pattern is blamed on its key, not on the template', async () => {
    const root = await withJson(COMMON_FILE, (json) => ((json.dates as { format: Record<string, string> }).format.month = 'longest'));
    const error = await failure(buildHtml(root));
    expect(error.message).toMatch(new RegExp(`^${COMMON_FILE}: key dates\\.format: not valid Intl\\.DateTimeFormat options \\(.*longest.*\\): use values such as "numeric", "long", "2-digit"$`));
  });
});

describe('content strings are text, never instructions', { timeout: CASE_TIME }, () => {
  it('prints i18next nesting and placeholders as written', async () => {
    const written = 'Hello $t(meta.title) and $t(common:contents) {{name}} world';
    const root = await withJson(EN_LOCALE_FILE, (json) => (blocks(json)['opening-p1'] = written));
    expect(await blockText(root, 'opening-p1')).toBe(written);
  });

  it('a string that nests itself is printed once, as written', async () => {
    const written = 'Loop $t(blocks.opening-p1) end';
    const root = await withJson(EN_LOCALE_FILE, (json) => (blocks(json)['opening-p1'] = written));
    expect(await blockText(root, 'opening-p1')).toBe(written);
  });
});

describe('duplicates and contradictions', { timeout: CASE_TIME }, () => {
  it('a key written twice in a locale file is an error at the second one', async () => {
    const root = await scratchProject();
    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement",', '"title": "Consensus Agreement",\n    "title": "Other",');
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${EN_LOCALE_FILE}:5:5: duplicate key meta.title (first at line 4): keep one of them`);
  });

  it('an end date before the start date', async () => {
    const root = await scratchProject();
    await edit(root, AGREEMENT_FILE, 'end: 2021-11-18', 'end: 2020-11-18');
    const line = (await readFile(path.join(root, AGREEMENT_FILE), 'utf8')).split('\n').findIndex((l) => l.includes('end: 2020-11-18')) + 1;
    const error = await failure(loadAgreement(root));
    expect(error.message).toBe(`${AGREEMENT_FILE}:${line}:8: dates.end: 2020-11-18 is before the start date 2021-11-17: correct one of them`);
  });

  it('a profile whose id is not its file name (bad input, exit 2)', async () => {
    const root = await scratchProject();
    const file = path.join('data', 'profiles', 'semiconductor-industry.yaml');
    await edit(root, file, 'id: semiconductor-industry', 'id: other-name');
    const error = await failure(loadProfile(root, 'semiconductor-industry', await loadAgreement(root)));
    expect(error.message).toMatch(new RegExp(`^${file}:\\d+:5: id: "other-name" differs from the file name "semiconductor-industry": outputs are named <id>\\.pdf etc\\.; rename the file or change the id$`));
    expect(error.exitCode).toBe(2);
    // Renaming the file to match the id is the other way out.
    await rename(path.join(root, file), path.join(root, 'data', 'profiles', 'other-name.yaml'));
    expect((await loadProfile(root, 'other-name', await loadAgreement(root))).id).toBe('other-name');
  });
});
