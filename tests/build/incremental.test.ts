import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { build, type BuildRequest, type BuildResult } from '../../src/build/index.js';
import { INPUTS_FILE } from '../../src/build/inputs.js';
import { EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';

const ZH_LOCALE_FILE = path.join('locales', 'zh', 'track2-2021.json');

/** Which outputs a build wrote and which it left, by file name. */
const outcome = (result: BuildResult) => ({ rebuilt: result.outputs.map((o) => o.file).sort(), unchanged: [...result.unchanged].sort() });

describe('incremental builds', () => {
  let root: string;
  let request: BuildRequest;

  beforeAll(async () => {
    root = await scratchProject();
    // A packet of one section, so that a string of another section is not among its inputs.
    await writeFile(
      path.join(root, 'data', 'profiles', 'conclusion-only.yaml'),
      ['id: conclusion-only', 'title: { en: Conclusion, zh: 结语 }', 'recipient: { en: Desk, zh: 办公室 }', 'edition: en', 'include: { sections: [conclusion] }', 'components: [agreement]', 'formats: [html]', ''].join('\n'),
    );
    request = { root, editions: ['en', 'zh'], profiles: ['conclusion-only'], formats: ['html'], outDir: path.join(root, 'dist') };
    await build(request);
  });

  it('skips every output when nothing changed, leaving the files untouched', async () => {
    const before = (await stat(path.join(root, 'dist', 'en.html'))).mtimeMs;
    expect(outcome(await build(request))).toEqual({ rebuilt: [], unchanged: ['conclusion-only.html', 'en.html', 'zh.html'] });
    expect((await stat(path.join(root, 'dist', 'en.html'))).mtimeMs).toBe(before);
    const record = JSON.parse(await readFile(path.join(root, 'dist', INPUTS_FILE), 'utf8')) as Record<string, { strings: Record<string, string[]> }>;
    expect(record['conclusion-only.html']!.strings.en).toContain('blocks.conclusion-p2');
    expect(record['conclusion-only.html']!.strings.en).not.toContain('blocks.importance-p1');
  });

  it('rebuilds only the outputs that use a changed string', async () => {
    await edit(root, EN_LOCALE_FILE, 'The rise of the digital economy', 'The growth of the digital economy');
    expect(outcome(await build(request))).toEqual({ rebuilt: ['en.html'], unchanged: ['conclusion-only.html', 'zh.html'] });
    await edit(root, EN_LOCALE_FILE, 'Numerous groups, including', 'Many groups, including');
    expect(outcome(await build(request))).toEqual({ rebuilt: ['conclusion-only.html', 'en.html'], unchanged: ['zh.html'] });
    await edit(root, ZH_LOCALE_FILE, '全球数字经济事关重大', '全球数字经济至关重要');
    expect(outcome(await build(request))).toEqual({ rebuilt: ['zh.html'], unchanged: ['conclusion-only.html', 'en.html'] });
    expect(await readFile(path.join(root, 'dist', 'zh.html'), 'utf8')).toContain('全球数字经济至关重要');
  });

  it('rebuilds every output after a template change, and with force', async () => {
    await edit(root, path.join('templates', 'document.hbs'), /^/, '{{!-- edited --}}');
    expect(outcome(await build(request)).rebuilt).toEqual(['conclusion-only.html', 'en.html', 'zh.html']);
    expect(outcome(await build({ ...request, force: true })).rebuilt).toEqual(['conclusion-only.html', 'en.html', 'zh.html']);
  });

  it('rebuilds an output whose file was removed, or that another option changes', async () => {
    await rm(path.join(root, 'dist', 'zh.html'));
    expect(outcome(await build(request))).toEqual({ rebuilt: ['zh.html'], unchanged: ['conclusion-only.html', 'en.html'] });
    const bilingual = { ...request, editions: ['bilingual'], profiles: [] };
    expect(outcome(await build(bilingual)).rebuilt).toEqual(['bilingual.html']);
    expect(outcome(await build({ ...bilingual, layout: 'interleaved' })).rebuilt).toEqual(['bilingual.html']);
    expect(outcome(await build({ ...bilingual, layout: 'interleaved' })).rebuilt).toEqual([]);
  });

  it('rebuilds a packet whose profile changed, and one with a cover on a new date of issue', async () => {
    await edit(root, path.join('data', 'profiles', 'conclusion-only.yaml'), 'recipient: { en: Desk', 'recipient: { en: Front desk');
    expect(outcome(await build(request))).toEqual({ rebuilt: ['conclusion-only.html'], unchanged: ['en.html', 'zh.html'] });
    await edit(root, path.join('data', 'profiles', 'conclusion-only.yaml'), 'components: [agreement]', 'components: [cover, agreement]');
    vi.stubEnv('SOURCE_DATE_EPOCH', '1764547200');
    expect(outcome(await build(request)).rebuilt).toEqual(['conclusion-only.html']);
    vi.stubEnv('SOURCE_DATE_EPOCH', '1764633600'); // a day later
    expect(outcome(await build(request)).rebuilt).toEqual(['conclusion-only.html']);
  });
});
