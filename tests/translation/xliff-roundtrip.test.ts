/**
 * The round trip with a CAT tool: export everything, change three targets the way tools return
 * them (namespaced attributes and extension elements, a unit split into segments, <mrk>), import,
 * and find exactly those changes in the locale — and a build identical to one made from a locale
 * edited by hand.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { scratchProject } from '../helpers/project.js';
import { run, snapshot, strings } from './helpers.js';

const ZH = path.join('locales', 'zh', 'track2-2021.json');
const ZH_SOURCES = path.join('locales', 'zh', 'track2-2021.source.json');
const ZH_REVIEW = path.join('locales', 'zh', 'track2-2021.review.json');
const EN = path.join('locales', 'en', 'track2-2021.json');

/** One exact replacement in a text; a test of a tool's edit must fail if the export changed shape. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${from.slice(0, 80)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The <unit> element of a key in an exported XLIFF 2.0. */
function unitXml(xliff: string, key: string): string {
  const start = xliff.indexOf(`<unit id="${key}"`);
  return xliff.slice(start, xliff.indexOf('</unit>', start) + '</unit>'.length);
}

describe('xliff round trip (2.0)', () => {
  let root: string;
  let before: Record<string, string>;
  let zh: Map<string, string>;
  let en: Map<string, string>;
  const changed = {
    'blocks.opening-p2': { from: '本文件载列了', to: '本文件列出了' },
    'blocks.track1-data': { from: '相关举措可包括', to: '相关举措可以包括' },
    'blocks.conclusion-p1': { from: '中美之间当前的僵局', to: '中美之间当前的僵持局面' },
  };
  const expected = (key: keyof typeof changed): string => zh.get(key)!.replace(changed[key].from, changed[key].to);

  beforeAll(async () => {
    root = await scratchProject();
    before = await snapshot(root);
    zh = await strings(root, ZH);
    en = await strings(root, EN);
    const xlf = path.join(root, 'all.xlf');
    expect((await run('xliff', 'export', '--root', root, '--out', xlf)).code).toBe(0);
    let xliff = await readFile(xlf, 'utf8');

    // 1. A tool's namespace: attributes on the root, unit and segment, and an extension element; the target edited and confirmed.
    xliff = replaceOnce(xliff, 'version="2.0" srcLang', 'xmlns:mq="MQXliff" mq:version="2.0" version="2.0" srcLang');
    const p2 = unitXml(xliff, 'blocks.opening-p2');
    xliff = replaceOnce(
      xliff,
      p2,
      p2
        .replace('<unit id="blocks.opening-p2"', '<unit mq:status="ManuallyConfirmed" id="blocks.opening-p2"')
        .replace('<segment state="final">', '<segment state="final" mq:percent="100">')
        .replace(changed['blocks.opening-p2'].from, changed['blocks.opening-p2'].to)
        .replace('</segment>', '</segment><mq:history><mq:entry>edited</mq:entry></mq:history>'),
    );

    // 2. Segmented: source and target cut after the first sentence, the space between as an <ignorable>; signed off.
    const data = unitXml(xliff, 'blocks.track1-data');
    const [enFirst, enRest] = splitAfter(en.get('blocks.track1-data')!, 'extent possible. ');
    const [zhFirst, zhRest] = splitAfter(expected('blocks.track1-data'), '自由流动。');
    const pc = (text: string): string => text.replace('<strong>', '<pc id="1" type="fmt" subType="xlf:b" dataRefStart="d1s" dataRefEnd="d1e">').replace('</strong>', '</pc>');
    const segments =
      `<segment id="s1" state="final"><source>${pc(enFirst.trimEnd())}</source><target>${pc(zhFirst)}</target></segment>` +
      `<ignorable><source xml:space="preserve"> </source></ignorable>` +
      `<segment id="s2" state="final"><source>${enRest}</source><target>${zhRest}</target></segment>`;
    xliff = replaceOnce(xliff, data, data.replace(/<segment state="reviewed">[\s\S]*<\/segment>/, segments));

    // 3. <mrk> around the target, edited but only "translated": written, and flagged for review.
    const conclusion = unitXml(xliff, 'blocks.conclusion-p1');
    xliff = replaceOnce(
      xliff,
      conclusion,
      conclusion
        .replace('<segment state="final">', '<segment state="translated">')
        .replace(/<target xml:space="preserve">([\s\S]*?)<\/target>/, (_, text: string) => `<target xml:space="preserve"><mrk id="m1" translate="yes">${text.replace(changed['blocks.conclusion-p1'].from, changed['blocks.conclusion-p1'].to)}</mrk></target>`),
    );
    await writeFile(path.join(root, 'returned.xlf'), xliff);
  });

  it('writes exactly the three changes, records signed-off English and flags the translated unit', async () => {
    const result = await run('xliff', 'import', path.join(root, 'returned.xlf'), '--root', root);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toBe(`track2-digital-economy-2021 (zh): 2 signed off and recorded as current, 1 written and flagged for review; wrote ${ZH}, ${ZH_SOURCES}, ${ZH_REVIEW}`);

    const after = await strings(root, ZH);
    const differences = [...after].filter(([key, text]) => zh.get(key) !== text).map(([key]) => key);
    expect(differences.sort()).toEqual(Object.keys(changed).sort());
    for (const key of Object.keys(changed) as (keyof typeof changed)[]) expect(after.get(key)).toBe(expected(key));
    // Byte for byte the file a person would have made: nothing else moved or was reformatted.
    let handEdited = before[ZH]!;
    for (const key of Object.keys(changed) as (keyof typeof changed)[]) handEdited = replaceOnce(handEdited, JSON.stringify(zh.get(key)), JSON.stringify(expected(key)));
    expect(await readFile(path.join(root, ZH), 'utf8')).toBe(handEdited);

    const sources = JSON.parse(await readFile(path.join(root, ZH_SOURCES), 'utf8')) as Record<string, string>;
    const sourcesBefore = JSON.parse(before[ZH_SOURCES]!) as Record<string, string>;
    expect(sources['blocks.opening-p2']).toBe(en.get('blocks.opening-p2'));
    expect(sources['blocks.track1-data']).toBe(en.get('blocks.track1-data'));
    expect(sources['blocks.conclusion-p1']).toBeUndefined();
    expect({ ...sources, 'blocks.conclusion-p1': sourcesBefore['blocks.conclusion-p1'] }).toEqual(sourcesBefore);

    const review = JSON.parse(await readFile(path.join(root, ZH_REVIEW), 'utf8')) as Record<string, string>;
    const reviewBefore = JSON.parse(before[ZH_REVIEW]!) as Record<string, string>;
    expect(review['blocks.track1-data']).toBeUndefined();
    expect(review['blocks.conclusion-p1']).toBe(
      'translated in a CAT tool but not signed off (XLIFF state translated/reviewed): review it, then run briefing check --accept blocks.conclusion-p1',
    );
    // Every other flag is as it was.
    expect({ ...review, 'blocks.track1-data': reviewBefore['blocks.track1-data'], 'blocks.conclusion-p1': undefined }).toEqual({ ...reviewBefore, 'blocks.conclusion-p1': undefined });
  });

  it('changes nothing when the same file is imported again', async () => {
    const state = await snapshot(root);
    const again = await run('xliff', 'import', path.join(root, 'returned.xlf'), '--root', root);
    expect(again.out).toBe('track2-digital-economy-2021 (zh): 0 signed off and recorded as current, 0 written and flagged for review; nothing changed');
    expect(await snapshot(root)).toEqual(state);
  });

  it('builds byte-identical editions to a project whose locale was edited by hand', async () => {
    const handEdited = await scratchProject();
    let text = before[ZH]!;
    for (const key of Object.keys(changed) as (keyof typeof changed)[]) text = replaceOnce(text, JSON.stringify(zh.get(key)), JSON.stringify(expected(key)));
    await writeFile(path.join(handEdited, ZH), text);
    const outputs = async (project: string): Promise<Buffer[]> => {
      const outDir = await mkdtemp(path.join(tmpdir(), 'briefing-xliff-build-'));
      const { outputs } = await build({ root: project, editions: ['zh'], formats: ['html', 'docx'], outDir });
      return Promise.all(outputs.map((o) => readFile(path.join(outDir, o.file))));
    };
    const [imported, edited] = [await outputs(root), await outputs(handEdited)];
    expect(imported.length).toBe(2);
    imported.forEach((bytes, i) => expect(bytes.equals(edited[i]!)).toBe(true));
  });

  it('exports the import\'s result with the states it recorded', async () => {
    const xlf = path.join(root, 'after.xlf');
    const exported = await run('xliff', 'export', '--root', root, '--out', xlf, '--only', 'stale');
    expect(exported.out).toBe(`wrote ${xlf}: XLIFF 2.0, 1 unit (0 new, 1 stale or unconfirmed, 0 flagged for review, 0 current)`);
    const unit = unitXml(await readFile(xlf, 'utf8'), 'blocks.conclusion-p1');
    expect(unit).toContain('<segment state="translated">');
    expect(unit).toContain(`<target xml:space="preserve">${expected('blocks.conclusion-p1')}</target>`);
  });
});

function splitAfter(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} in ${text}`);
  return [text.slice(0, at + marker.length), text.slice(at + marker.length)];
}
