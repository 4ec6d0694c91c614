/** --lang zh: an existing translation attached block by block, or refused where it stops corresponding. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.js';
import { importAgreement, importTranslation, type TranslationReport } from '../../src/import/index.js';
import { loadLocaleFile, localeValue, type LocaleTree } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import type { Agreement } from '../../src/source/schema.js';
import { AGREEMENT_FILE, REPO_ROOT, scratchProject } from '../helpers/project.js';
import { SOURCE_FILE } from '../helpers/source-text.js';
import { textFromLocale } from './helpers/documents.js';
import { textKeys } from './helpers/shape.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'import');
const UDHR_EN = path.join(FIXTURES, 'udhr-1948.en.txt');
const UDHR_ZH = path.join(FIXTURES, 'udhr-1948.zh.aligned.txt');
const ID = 'udhr-1948';
const ZH_FILE = path.join('locales', 'zh', `${ID}.json`);

/** A scratch project with the English UDHR imported. */
async function udhrProject(): Promise<string> {
  const root = await scratchProject();
  await importAgreement({ root, file: UDHR_EN, id: ID });
  return root;
}

const reportDir = (): Promise<string> => mkdtemp(path.join(tmpdir(), 'briefing-alignment-'));


describe('briefing import --lang zh', () => {
  describe('the Universal Declaration of Human Rights', () => {
    let root: string;
    beforeAll(async () => {
      root = await udhrProject();
    });

    it('aligns the Chinese text with the English, block by block', async () => {
      const report = await importTranslation({ root, file: UDHR_ZH, id: ID, lang: 'zh', outDir: await reportDir() });
      expect(report.written.map((w) => w.file)).toEqual([ZH_FILE, path.join('locales', 'zh', `${ID}.source.json`), path.join('locales', 'zh', `${ID}.review.json`)]);
      expect(report.summary).toEqual({ pairs: 92, merges: 0, splits: 0, uncertain: report.summary.uncertain, untranslated: 0, unmatched: 0 });
      const zh = await loadLocaleFile(root, ZH_FILE);
      const agreement = await loadAgreement(root, ID);
      expect(agreement.sections.map((s) => s.id).slice(0, 3)).toEqual(['preamble', 'article-1', 'article-2']);
      for (const key of textKeys(agreement)) expect(localeValue(zh, key), key).toEqual(expect.any(String));
      // The declaration has a title and no dialogue line above it: nothing repeats the title.
      expect(localeValue(zh, 'meta')).toEqual({ title: '世界人权宣言' });
      expect(localeValue(zh, 'sections.article-30')).toBe('第三十条');
      expect(localeValue(zh, 'blocks.preamble-p8')).toBe('因此现在，');
      expect(localeValue(zh, 'blocks.article-2-p2')).toMatch(/^并且不得因一人所属的国家或领土/);
      expect(report.notes).toEqual([
        `1 strings are not in the translated file (meta.shortTitle): add them to ${ZH_FILE}; \`briefing check --agreement ${ID}\` lists them`,
      ]);
    });

    it('leaves check to report only what neither text gives', async () => {
      // Other rules judge the translation itself (the numbers rule, for one, reads 第一条 as no number).
      const { errors } = await runCheck({ root, agreementId: ID });
      expect(errors.filter((f) => f.rule === 'stale' && !f.key.startsWith('common:'))).toEqual([]);
      expect(errors.filter((f) => f.rule === 'structure')).toEqual([]);
      expect(errors.filter((f) => f.rule === 'untranslated' && !f.key.startsWith('common:')).map((f) => `${f.rule} ${f.language} ${f.key}`)).toEqual([
        'untranslated zh meta.shortTitle',
      ]);
    });

    it('refuses to replace the translation without --force', async () => {
      await expect(importTranslation({ root, file: UDHR_ZH, id: ID, lang: 'zh', outDir: await reportDir() })).rejects.toThrow(`${ZH_FILE}: already exists: pass --force to replace it (nothing was written)`);
      const again = await importTranslation({ root, file: UDHR_ZH, id: ID, lang: 'zh', force: true, outDir: await reportDir() });
      expect(again.written.every((w) => w.replaced)).toBe(true);
    });
  });

  describe('a translation that does not correspond everywhere', () => {
    let root: string;
    beforeAll(async () => {
      root = await udhrProject();
    });

    it('leaves an English paragraph the translation lacks untranslated, and pairs the rest', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'briefing-import-zh-'));
      const file = path.join(dir, 'udhr-missing.zh.txt');
      const aligned = await readFile(UDHR_ZH, 'utf8');
      const missing = aligned.replace('鉴于各会员国业已誓愿同联合国合作以促进对人权和基本自由的普遍尊重和遵行，\n\n', '');
      expect(missing).not.toBe(aligned);
      await writeFile(file, missing);
      const report = await importTranslation({ root, file, displayName: 'udhr-missing.zh.txt', id: ID, lang: 'zh', outDir: await reportDir() });
      const zh = await loadLocaleFile(root, ZH_FILE);
      expect(localeValue(zh, 'blocks.preamble-p6')).toBeUndefined();
      expect(localeValue(zh, 'blocks.preamble-p7')).toBe('鉴于对这些权利和自由的普遍了解对于这个誓愿的充分实现具有很大的重要性，');
      expect(report.summary).toMatchObject({ untranslated: 1, unmatched: 0 });
      const { errors } = await runCheck({ root, agreementId: ID });
      // check reports the English block left without a translation as untranslated, saying where to add it.
      expect(errors.filter((f) => f.key === 'blocks.preamble-p6').map((f) => `${f.rule} ${f.language}: ${f.message}`)).toEqual([
        `untranslated zh: no translation: add "blocks.preamble-p6" to ${ZH_FILE} (npx briefing xliff export --only new writes every one left for a CAT tool)`,
      ]);
    });
  });

  describe('the 2021 agreement', () => {
    const ID_2021 = 'consensus-2021';
    let root: string;
    let chinese: string;
    let handmade: Agreement;
    let handmadeZh: LocaleTree;

    /** Writes `text` to a temporary file and attaches it as the Chinese translation. */
    async function attach(text: string, name: string): Promise<TranslationReport> {
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-import-zh-')), name);
      await writeFile(file, text);
      return importTranslation({ root, file, displayName: name, id: ID_2021, lang: 'zh', force: true, outDir: await reportDir() });
    }

    beforeAll(async () => {
      root = await scratchProject();
      await importAgreement({ root, file: SOURCE_FILE, id: ID_2021 });
      handmade = await loadAgreement(REPO_ROOT, path.basename(AGREEMENT_FILE, '.yaml'));
      handmadeZh = await loadLocaleFile(REPO_ROOT, path.join('locales', 'zh', 'track2-2021.json'));
      chinese = textFromLocale(handmade, handmadeZh, '2021年11月17日至18日');
    });

    it('leaves a list item missing from the translation untranslated, at its place in the list', async () => {
      const item = `- ${String(localeValue(handmadeZh, 'blocks.risks-cn-4'))}\n`;
      expect(chinese).toContain(item);
      const report = await attach(chinese.replace(item, ''), 'missing-item.zh.txt');
      expect(report.summary).toMatchObject({ untranslated: 1, unmatched: 0 });
      const zh = await loadLocaleFile(root, path.join('locales', 'zh', `${ID_2021}.json`));
      const imported = await loadAgreement(root, ID_2021);
      const [missingKey] = textKeys(imported).filter((key) => localeValue(zh, key) === undefined);
      expect(missingKey).toBe('blocks.current-risks-harm-list1-4');
      expect(localeValue(zh, 'blocks.current-risks-harm-list1-5')).toBe(localeValue(handmadeZh, 'blocks.risks-cn-5'));
    });

    it('attaches the official Chinese text to the agreement imported from the English text', async () => {
      const report = await attach(chinese, 'consensus-2021.zh.txt');
      expect(report.summary).toMatchObject({ merges: 0, splits: 0, untranslated: 0, unmatched: 0 });
      const imported = await loadAgreement(root, ID_2021);
      const zh = await loadLocaleFile(root, path.join('locales', 'zh', `${ID_2021}.json`));
      const handmadeKeys = textKeys(handmade);
      textKeys(imported).forEach((key, i) => expect([key, localeValue(zh, key)]).toEqual([key, localeValue(handmadeZh, handmadeKeys[i]!)]));
      expect(localeValue(zh, 'meta')).toEqual({ dialogue: '中美数字经济二轨对话', title: '共识文件' });
      expect(localeValue(zh, 'venues.zoom-meeting')).toBe('Zoom视频会议');

      const { errors } = await runCheck({ root, agreementId: ID_2021 });
      const zhErrors = errors.filter((f) => f.language === 'zh' && !f.key.startsWith('common:'));
      // Only what the Chinese text cannot give: the short title and the organizations' names.
      expect(zhErrors.filter((f) => f.rule !== 'untranslated' || !(f.key === 'meta.shortTitle' || f.key.startsWith('organizations.')))).toEqual([]);
      const organizations = localeValue(await loadLocaleFile(root, path.join('locales', 'en', `${ID_2021}.json`)), 'organizations') as LocaleTree;
      expect(zhErrors).toHaveLength(1 + Object.keys(organizations).length);
    });
  });
});
