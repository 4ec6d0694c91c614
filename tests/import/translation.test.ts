/** --lang zh: an existing translation attached block by block, or refused where it stops corresponding. */
import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.js';
import { importAgreement, importTranslation, type ImportReport } from '../../src/import/index.js';
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

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

describe('briefing import --lang zh', () => {
  describe('the Universal Declaration of Human Rights', () => {
    let root: string;
    beforeAll(async () => {
      root = await udhrProject();
    });

    it('aligns the Chinese text with the English, block by block', async () => {
      const report = await importTranslation({ root, file: UDHR_ZH, id: ID, lang: 'zh' });
      expect(report.written.map((w) => w.file)).toEqual([ZH_FILE, path.join('locales', 'zh', `${ID}.source.json`)]);
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
      expect(errors.filter((f) => f.rule === 'structure').map((f) => `${f.rule} ${f.language} ${f.key}`).sort()).toEqual([
        'structure zh meta.shortTitle',
      ]);
    });

    it('refuses to replace the translation without --force', async () => {
      await expect(importTranslation({ root, file: UDHR_ZH, id: ID, lang: 'zh' })).rejects.toThrow(`${ZH_FILE}: already exists: pass --force to replace it (nothing was written)`);
      const again = await importTranslation({ root, file: UDHR_ZH, id: ID, lang: 'zh', force: true });
      expect(again.written.every((w) => w.replaced)).toBe(true);
    });
  });

  describe('a translation that does not correspond', () => {
    let root: string;
    beforeAll(async () => {
      root = await udhrProject();
    });

    it('names the section, the missing paragraph and both texts, and writes nothing', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'briefing-import-zh-'));
      const file = path.join(dir, 'udhr-missing.zh.txt');
      const aligned = await readFile(UDHR_ZH, 'utf8');
      const missing = aligned.replace('鉴于各会员国业已誓愿同联合国合作以促进对人权和基本自由的普遍尊重和遵行，\n\n', '');
      expect(missing).not.toBe(aligned);
      await writeFile(file, missing);
      const attempt = importTranslation({ root, file, displayName: 'udhr-missing.zh.txt', id: ID, lang: 'zh' });
      await expect(attempt).rejects.toThrow(
        'udhr-missing.zh.txt: section preamble, block 6: this English block has no translation (the English has 10 blocks in this section, the translation 9): ' +
          'en “Whereas Member States have pledged…” / zh “鉴于对这些权利和自由的普遍了解对于这个誓愿的充分实现具有很大的重要性，”; ' +
          "nothing was written: make the translation's headings, paragraphs and lists match the English, then import again",
      );
      await expect(attempt).rejects.toMatchObject({ exitCode: 1 });
      expect(await exists(path.join(root, ZH_FILE))).toBe(false);
    });

    it('finds where the distributed Chinese text runs the preamble and the first article together', async () => {
      await expect(importTranslation({ root, file: path.join(FIXTURES, 'udhr-1948.zh.txt'), displayName: 'udhr-1948.zh.txt', id: ID, lang: 'zh' })).rejects.toThrow(
        /^udhr-1948\.zh\.txt: section preamble, block \d+: .*\(the English has 10 blocks in this section, the translation 2\)/,
      );
      expect(await exists(path.join(root, ZH_FILE))).toBe(false);
    });
  });

  describe('the 2021 agreement', () => {
    const ID_2021 = 'consensus-2021';
    let root: string;
    let chinese: string;
    let handmade: Agreement;
    let handmadeZh: LocaleTree;

    /** Writes `text` to a temporary file and attaches it as the Chinese translation. */
    async function attach(text: string, name: string): Promise<ImportReport> {
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-import-zh-')), name);
      await writeFile(file, text);
      return importTranslation({ root, file, displayName: name, id: ID_2021, lang: 'zh' });
    }

    beforeAll(async () => {
      root = await scratchProject();
      await importAgreement({ root, file: SOURCE_FILE, id: ID_2021 });
      handmade = await loadAgreement(REPO_ROOT, path.basename(AGREEMENT_FILE, '.yaml'));
      handmadeZh = await loadLocaleFile(REPO_ROOT, path.join('locales', 'zh', 'track2-2021.json'));
      chinese = textFromLocale(handmade, handmadeZh, '2021年11月17日至18日');
    });

    it('reports a list item missing from the translation at its place in the list', async () => {
      const item = `- ${String(localeValue(handmadeZh, 'blocks.risks-cn-4'))}\n`;
      expect(chinese).toContain(item);
      await expect(attach(chinese.replace(item, ''), 'missing-item.zh.txt')).rejects.toThrow(
        /^missing-item\.zh\.txt: section current-risks-harm, block 4, item 4: this English item has no translation \(the English list has 6 items, the translation's 5\): en “Some bills recently passed by the U\.S\.…” \/ zh “/,
      );
    });

    it('attaches the official Chinese text to the agreement imported from the English text', async () => {
      await attach(chinese, 'consensus-2021.zh.txt');
      const imported = await loadAgreement(root, ID_2021);
      const zh = await loadLocaleFile(root, path.join('locales', 'zh', `${ID_2021}.json`));
      const handmadeKeys = textKeys(handmade);
      textKeys(imported).forEach((key, i) => expect([key, localeValue(zh, key)]).toEqual([key, localeValue(handmadeZh, handmadeKeys[i]!)]));
      expect(localeValue(zh, 'meta')).toEqual({ dialogue: '中美数字经济二轨对话', title: '共识文件' });
      expect(localeValue(zh, 'venues.zoom-meeting')).toBe('Zoom视频会议');

      const { errors } = await runCheck({ root, agreementId: ID_2021 });
      const zhErrors = errors.filter((f) => f.language === 'zh' && !f.key.startsWith('common:'));
      // Only what the Chinese text cannot give: the short title and the organizations' names.
      expect(zhErrors.filter((f) => f.rule !== 'structure' || !(f.key === 'meta.shortTitle' || f.key.startsWith('organizations.')))).toEqual([]);
      const organizations = localeValue(await loadLocaleFile(root, path.join('locales', 'en', `${ID_2021}.json`)), 'organizations') as LocaleTree;
      expect(zhErrors).toHaveLength(1 + Object.keys(organizations).length);
    });
  });
});
