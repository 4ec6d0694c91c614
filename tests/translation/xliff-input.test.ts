/**
 * XLIFF import of files that are not what was exported: each refused with one line and nothing
 * written; unit problems named by unit and line; XLIFF 1.2 as tools rewrite it; stale units.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, EN_LOCALE_FILE, scratchProject } from '../helpers/project.js';
import { run, snapshot, strings } from './helpers.js';

const ZH = path.join('locales', 'zh', 'track2-2021.json');

/** The line of the first occurrence of a text, 1-based. */
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('xliff import of bad input', () => {
  let root: string;
  let xliff: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    root = await scratchProject();
    await run('xliff', 'export', '--root', root, '--out', path.join(root, 'all.xlf'));
    xliff = await readFile(path.join(root, 'all.xlf'), 'utf8');
    before = await snapshot(root);
  });

  const importing = async (name: string, text: string, ...options: string[]) => {
    await writeFile(path.join(root, name), text);
    return run('xliff', 'import', path.join(root, name), '--root', root, ...options);
  };

  it('refuses a truncated file at the place it ends', async () => {
    const cut = xliff.slice(0, xliff.indexOf('</note>', 4000));
    const result = await importing('cut.xlf', cut);
    const lines = cut.split('\n');
    expect(result).toEqual({ code: 2, out: '', err: `briefing: ${path.join(root, 'cut.xlf')}:${lines.length}:${lines.at(-1)!.length}: not well-formed XML (unclosed tag: note): is the file complete?` });
    expect(await snapshot(root)).toEqual(before);
  });

  it('refuses an entity-expansion bomb before expanding anything', async () => {
    const lol = '<!ENTITY lol "lol">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('');
    const bomb = xliff.replace('<xliff ', `<!DOCTYPE xliff [${lol}]>\n<xliff `).replace('Consensus Agreement</source>', 'Consensus Agreement &lol9;</source>');
    const started = Date.now();
    const result = await importing('bomb.xlf', bomb);
    expect(result.err).toBe(`briefing: ${path.join(root, 'bomb.xlf')}:2:${`<!DOCTYPE xliff [${lol}]>`.length}: a DOCTYPE is not accepted (its entity declarations could expand without bound): export the file again without one`);
    expect(result.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await snapshot(root)).toEqual(before);
  });

  it('refuses an XLIFF for another agreement or another language', async () => {
    const other = await importing('other.xlf', xliff.replace('data/agreements/track2-digital-economy-2021.yaml', 'data/agreements/track2-digital-economy-2022.yaml'));
    expect(other).toEqual({
      code: 2,
      out: '',
      err: `briefing: ${path.join(root, 'other.xlf')}: this XLIFF is for agreement "track2-digital-economy-2022", which this project does not have (track2-digital-economy-2021): nothing was written`,
    });
    const french = await importing('fr.xlf', xliff.replace('trgLang="zh-CN"', 'trgLang="fr-FR"'));
    expect(french).toEqual({ code: 2, out: '', err: `briefing: ${path.join(root, 'fr.xlf')}: the target language fr-FR is not a translation language of this project (zh, zh-Hant): nothing was written` });
    expect(await snapshot(root)).toEqual(before);
  });

  it('names every unit with an unknown id, a changed source or mismatched markup, and writes nothing', async () => {
    const bad = xliff
      .replace('<unit id="blocks.opening-p2" name="blocks.opening-p2">', '<unit id="blocks.opening-p9" name="blocks.opening-p9">')
      .replace('for non-governmental, off-the-record,', 'for non-governmental, on-the-record,')
      .replace(/(<target xml:space="preserve">[^<]*)<pc id="1"[^>]*>应建立避免限制数据自由流动的机制，<\/pc>/, '$1应建立避免限制数据自由流动的机制，')
      .replace('本文件载列了双方可分别向本国政府提出的建议。', '本文件载列了双方可分别向本国政府提出的建议.');
    const result = await importing('bad.xlf', bad);
    const file = path.join(root, 'bad.xlf');
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      `briefing: ${file}:${lineOf(bad, '<unit id="blocks.opening-p1"')}: unit blocks.opening-p1: the English changed since the export (the text differs): export the strings again and translate the current English`,
      `${file}:${lineOf(bad, '<unit id="blocks.opening-p9"')}: unit blocks.opening-p9: no string of the agreement has this id: was the unit added by hand, or the file exported from another version?`,
      `${file}:${lineOf(bad, '<unit id="blocks.track1-data"')}: unit blocks.track1-data: the markup of the translation does not match the source: inline code 1 (<strong>) of the source is missing`,
      '3 problems: nothing was written; fix them in the XLIFF, or import the other units with --partial',
    ]);
    expect(await snapshot(root)).toEqual(before);
  });

  it('runs the check rules on incoming text, and --partial imports the units without problems', async () => {
    const text = xliff
      .replace('中美之间当前的僵局', '中美之间当前的僵持局面')
      .replace('数字经济的兴起从根本上改变了', '数字经济的兴起, 从根本上改变了');
    const failing = await importing('rules.xlf', text);
    const file = path.join(root, 'rules.xlf');
    const line = `${file}:${lineOf(text, '<unit id="blocks.importance-p1"')}: unit blocks.importance-p1: check punctuation: ASCII "," next to Chinese text ("起,"): use the full-width ，`;
    expect(failing.err).toBe(`briefing: ${line}\n1 problem: nothing was written; fix them in the XLIFF, or import the other units with --partial`);
    expect(await snapshot(root)).toEqual(before);

    const partial = await importing('rules.xlf', text, '--partial');
    expect(partial.code).toBe(0);
    expect(partial.err).toBe(`skipped: ${line}`);
    const zh = await strings(root, ZH);
    expect(zh.get('blocks.conclusion-p1')).toMatch(/^中美之间当前的僵持局面/);
    expect(zh.get('blocks.importance-p1')).toMatch(/^数字经济的兴起从根本上改变了/);
  });
});

describe('xliff 1.2', () => {
  it('reads back <bpt>/<ept> for <g>, <mrk mtype="seg"> targets and approved="yes"', async () => {
    const root = await scratchProject();
    const file = path.join(root, 'v12.xlf');
    expect((await run('xliff', 'export', '--root', root, '--xliff-version', '1.2', '--out', file)).code).toBe(0);
    let text = await readFile(file, 'utf8');
    const unit = text.slice(text.indexOf('<trans-unit id="blocks.track1-data"'), text.indexOf('</trans-unit>', text.indexOf('<trans-unit id="blocks.track1-data"')));
    const edited = unit
      .replace(/<target state="needs-review-translation">([\s\S]*?)<\/target>/, (_, t: string) => {
        const coded = t.replace('<g id="1" ctype="bold">', '<bpt id="1">&lt;strong&gt;</bpt>').replace('</g>', '<ept id="1">&lt;/strong&gt;</ept>').replace('相关举措可包括', '相关举措可以包括');
        return `<target state="translated" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" sdl:conf="Translated"><mrk mtype="seg" mid="1">${coded}</mrk></target>`;
      })
      .replace('<trans-unit id="blocks.track1-data"', '<trans-unit approved="yes" id="blocks.track1-data"');
    text = text.replace(unit, edited);
    await writeFile(file, text);
    const result = await run('xliff', 'import', file, '--root', root);
    expect(result.out).toMatch(/^track2-digital-economy-2021 \(zh\): 1 signed off and recorded as current, 0 written and flagged for review; wrote /);
    const zh = await strings(root, ZH);
    expect(zh.get('blocks.track1-data')).toContain('<strong>应建立避免限制数据自由流动的机制，</strong>尤其是');
    expect(zh.get('blocks.track1-data')).toContain('相关举措可以包括');
  });
});

describe('stale strings', () => {
  it('carry the English they were translated from, found in the history of the English locale', async () => {
    const root = await scratchProject();
    const git = (...args: string[]) => promisify(execFile)('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args]);
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-qm', 'base');
    const old = 'Numerous groups, including';
    await edit(root, EN_LOCALE_FILE, old, 'Many groups, including');
    const file = path.join(root, 'stale.xlf');
    const result = await run('xliff', 'export', '--root', root, '--only', 'stale', '--out', file);
    expect(result.out).toBe(`wrote ${file}: XLIFF 2.0, 1 unit (0 new, 1 stale or unconfirmed, 0 flagged for review, 0 current)`);
    const text = await readFile(file, 'utf8');
    const previous = (await strings(root, EN_LOCALE_FILE)).get('blocks.conclusion-p2')!.replace('Many groups, including', old);
    expect(text).toContain(`<note category="previous-source">The English changed since this was translated. It was: ${previous}</note>`);
    expect(text).toContain('<segment state="translated">');
  });
});
