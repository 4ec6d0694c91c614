/** tm export / tm import: the project's confirmed pairs as TMX 1.4b, the glossary as a TSV termbase, outside memories in data/tm/. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/check/catalog.js';
import { loadGlossary } from '../../src/source/glossary.js';
import { loadAgreement } from '../../src/source/project.js';
import { readTmx } from '../../src/translation/memory.js';
import { scratchProject } from '../helpers/project.js';
import { run, strings } from './helpers.js';

describe('tm export and import', () => {
  let root: string;
  let tmx: string;

  beforeAll(async () => {
    root = await scratchProject();
    const result = await run('tm', 'export', '--root', root, '--out', path.join(root, 'out', 'memory.tmx'));
    expect(result.code).toBe(0);
    tmx = await readFile(path.join(root, 'out', 'memory.tmx'), 'utf8');
  });

  it('writes every current, unflagged translation as a pair, markup as TMX codes', async () => {
    const catalog = await loadCatalog(root, await loadAgreement(root));
    const pairs = readTmx(tmx, 'memory.tmx', catalog, 'zh');
    const en = await strings(root, path.join('locales', 'en', 'track2-2021.json'));
    const zh = await strings(root, path.join('locales', 'zh', 'track2-2021.json'));
    const review = JSON.parse(await readFile(path.join(root, 'locales', 'zh', 'track2-2021.review.json'), 'utf8')) as Record<string, string>;
    // Every string of the 2021 agreement has a current record (check passes); the flagged ones are not confirmed.
    const expected = [...zh.keys()].filter((key) => !(key in review));
    const fromAgreement = pairs.filter((p) => p.origin.startsWith('track2-digital-economy-2021 ') && !p.origin.includes(' common:'));
    expect(fromAgreement.map((p) => p.origin.split(' ')[1]).sort()).toEqual(expected.sort());
    for (const pair of fromAgreement) {
      const key = pair.origin.split(' ')[1]!;
      expect(pair).toEqual({ source: en.get(key), target: zh.get(key), origin: pair.origin });
    }
    expect(tmx).toContain('<seg>The National Committee on U.S.-China Relations and the <bpt i="1" x="1">&lt;strong&gt;</bpt>China Institute');
    expect(tmx).toContain('<tuv xml:lang="zh-CN">');
  });

  it('writes the glossary as a tab-separated termbase beside it', async () => {
    const tsv = (await readFile(path.join(root, 'out', 'memory.glossary.tsv'), 'utf8')).trimEnd().split('\n');
    const glossary = await loadGlossary(root);
    expect(tsv[0]).toBe('en-US\tzh-CN\tkind\tstatus');
    expect(tsv.slice(1)).toEqual(glossary.map((t) => [t.english, t.renderings.zh, t.kind, t.status].join('\t')));
  });

  it('stores an outside memory in data/tm/ and refuses one of another language pair', async () => {
    await writeFile(path.join(root, 'institution.tmx'), tmx);
    const added = await run('tm', 'import', path.join(root, 'institution.tmx'), '--root', root);
    expect(added.out).toMatch(/^added \d+ pairs as data\/tm\/institution\.tmx$/);
    expect(await readFile(path.join(root, 'data', 'tm', 'institution.tmx'), 'utf8')).toBe(tmx);

    const french = tmx.replaceAll('xml:lang="zh-CN"', 'xml:lang="fr-FR"');
    await writeFile(path.join(root, 'french.tmx'), french);
    const refused = await run('tm', 'import', path.join(root, 'french.tmx'), '--root', root);
    expect(refused).toEqual({
      code: 2,
      out: '',
      err: `briefing: ${path.join(root, 'french.tmx')}: the memory's languages are en-US, fr-FR; this project translates en-US into zh-CN: nothing was added`,
    });
    expect(existsSync(path.join(root, 'data', 'tm', 'french.tmx'))).toBe(false);
  });
});

describe('pretranslate on the 2021 agreement', () => {
  it('lists the glossary terms of a string the memory cannot match and leaves every translation alone', async () => {
    const root = await scratchProject();
    const file = path.join(root, 'locales', 'zh', 'track2-2021.json');
    const original = await readFile(file, 'utf8');
    const tree = JSON.parse(original) as { blocks: Record<string, string> };
    delete tree.blocks['importance-p1'];
    const without = `${JSON.stringify(tree, null, 2)}\n`;
    await writeFile(file, without);
    // The memory holds the other agreements only: nothing for the 2021 agreement's own strings.
    const result = await run('pretranslate', '--root', root);
    expect(result.out.split('\n')).toEqual([
      'track2-digital-economy-2021 (zh): 1 untranslated string, memory of 0 pairs',
      '  100 %: 0',
      '  95-99 %: 0',
      '  85-94 %: 0',
      '  75-84 %: 0',
      '  no match: 1',
      'glossary terms in strings without a match:',
      '  blocks.importance-p1: digital economy → 数字经济; national security → 国家安全; semiconductors → 半导体',
      'nothing to fill',
    ]);
    expect(await readFile(file, 'utf8')).toBe(without);
  });
});
