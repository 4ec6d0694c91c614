/** `check` of some languages only (what `build` runs before it builds them): the findings of those languages, from fewer files. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckResult } from '../../src/check/index.js';
import { edit, scratchProject } from '../helpers/project.js';

const ZH = path.join('locales', 'zh', 'track2-2021.json');
const ZH_HANT = path.join('locales', 'zh-Hant', 'track2-2021.json');
const found = (result: CheckResult): string[] => result.errors.map((f) => `${f.language} ${f.rule} ${f.key}`).sort();

let root: string;
let all: CheckResult;

beforeAll(async () => {
  root = await scratchProject();
  // An English title left in the Simplified Chinese, and another in the Traditional.
  await edit(root, ZH, '"title": "共识文件"', '"title": "Consensus Document"');
  await edit(root, ZH_HANT, '"dialogue": "中美數字經濟二軌對話"', '"dialogue": "U.S.-China Track II Dialogue"');
  all = await runCheck({ root });
});

describe('check of some languages', () => {
  it('finds in every language by default', () => {
    expect(all.catalog.languages).toEqual(['en', 'zh', 'zh-Hant']);
    // The Traditional title is stale too: its Simplified source changed since it was converted.
    expect(found(all)).toEqual(['zh terminology meta.title', 'zh untranslated meta.title', 'zh-Hant stale meta.title', 'zh-Hant terminology meta.dialogue']);
  });

  it('reads the chosen language and the source only, and finds exactly what the full check finds in them', async () => {
    const zh = await runCheck({ root, languages: ['zh'] });
    expect(zh.catalog.languages).toEqual(['en', 'zh']);
    expect(found(zh)).toEqual(found(all).filter((f) => !f.startsWith('zh-Hant ')));
    expect(found(zh)).toContain('zh untranslated meta.title');
  });

  it('reads the language a converted one is converted from, which its staleness is judged against', async () => {
    const hant = await runCheck({ root, languages: ['zh-Hant'] });
    expect(hant.catalog.languages).toEqual(['en', 'zh', 'zh-Hant']);
    expect(found(hant)).toEqual(found(all));
    expect(found(hant)).toContain('zh-Hant stale meta.title');
  });
});
