/** The 2021 agreement imported from its plain text must equal the hand-made structured source. */
import { access, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { usedKeys } from '../../src/source/keys.js';
import { runCheck } from '../../src/check/index.js';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { importAgreement } from '../../src/import/index.js';
import { flattenLocale, loadLocaleFile, localeValue, type LocaleTree } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import type { Agreement } from '../../src/source/schema.js';
import { AGREEMENT_FILE, EN_LOCALE_FILE, REPO_ROOT, scratchProject } from '../helpers/project.js';
import { readSourceText, SOURCE_FILE } from '../helpers/source-text.js';
import { RAW_MARKS, readOutputs } from './helpers/imported-editions.js';
import { agreementShape, textKeys } from './helpers/shape.js';

const ID = 'consensus-2021';
const HANDMADE_ID = path.basename(AGREEMENT_FILE, '.yaml');

describe('briefing import of the 2021 agreement text', () => {
  let root: string;
  let written: string[];
  let notes: string[];
  let imported: Agreement;
  let english: LocaleTree;
  let handmade: Agreement;
  let handmadeEnglish: LocaleTree;

  beforeAll(async () => {
    root = await scratchProject();
    const report = await importAgreement({ root, file: SOURCE_FILE, id: ID });
    written = report.written.map((w) => w.file);
    notes = report.notes;
    imported = await loadAgreement(root, ID);
    english = await loadLocaleFile(root, path.join('locales', 'en', `${ID}.json`));
    handmade = await loadAgreement(REPO_ROOT, HANDMADE_ID);
    handmadeEnglish = await loadLocaleFile(REPO_ROOT, EN_LOCALE_FILE);
  });

  it('writes the agreement data and the English strings, and nothing into locales/zh', async () => {
    expect(written).toEqual([path.join('data', 'agreements', `${ID}.yaml`), path.join('locales', 'en', `${ID}.json`)]);
    await expect(access(path.join(root, 'locales', 'zh', `${ID}.json`))).rejects.toThrow();
  });

  it('has the sections, lists, nesting, groups and delegations of the hand-made source', () => {
    expect(agreementShape(imported)).toEqual(agreementShape(handmade));
  });

  it('puts the hand-made English text at every place of that structure', () => {
    const importedKeys = textKeys(imported);
    const handmadeKeys = textKeys(handmade);
    expect(importedKeys).toHaveLength(handmadeKeys.length);
    importedKeys.forEach((key, i) => expect([key, localeValue(english, key)]).toEqual([key, localeValue(handmadeEnglish, handmadeKeys[i]!)]));
  });

  it('carries every sentence and participant of the source text', () => {
    const source = readSourceText();
    const text = flattenLocale(english)
      .map((entry) => stripInlineMarkup(entry.text))
      .join('\n');
    for (const sentence of source.sentences) expect(text).toContain(sentence);
    const people = imported.delegations.flatMap((d) => d.people.map((p) => ({ name: localeValue(english, `people.${p.id}.name`), position: localeValue(english, `people.${p.id}.position`) })));
    expect(people).toEqual(source.participants);
    expect(source.bold.every((phrase) => (JSON.stringify(english).match(/<strong>(.*?)<\/strong>/g) ?? []).some((run) => stripInlineMarkup(run) === phrase))).toBe(true);
  });

  it('reads title, dates, session, venue and organizers from the text', () => {
    expect(localeValue(english, 'meta')).toEqual({
      dialogue: 'U.S.-China Track II Dialogue on the Digital Economy',
      title: 'Consensus Agreement',
      shortTitle: 'Consensus Agreement 2021',
    });
    expect(imported).toMatchObject({ session: 4, dates: { start: '2021-11-17', end: '2021-11-18' }, venue: 'zoom-meeting' });
    expect(localeValue(english, 'venues.zoom-meeting')).toBe('Zoom meeting');
    expect(imported.organizers.map((id) => localeValue(english, `organizations.${id}`))).toEqual([
      'National Committee on U.S.-China Relations',
      'China Institute for Innovation & Development Strategy',
    ]);
    // An organizer that is also an affiliation has one id.
    expect(imported.delegations[0]!.people.find((p) => p.id === 'stephen-orlins')!.affiliations).toEqual([imported.organizers[0]]);
    expect(notes).toEqual(['nested the 2 items after “Define how both nations can agree on…” under it, as its text announces them: indent sub-items in the file if that is wrong']);
  });

  it('makes readable ids from headings, positions and names', () => {
    expect(imported.sections.map((s) => s.id)).toEqual(['opening', 'importance-global', 'current-risks-harm', 'way-forward', 'parallel-efforts', 'conclusion']);
    const list = imported.sections[3]!.blocks[4]!;
    expect(list.id).toBe('way-forward-list1');
    expect(list.type === 'list' && list.items.slice(0, 3)).toEqual([
      { id: 'way-forward-list1-1' },
      { id: 'way-forward-list1-2', items: [{ id: 'way-forward-list1-2-1' }, { id: 'way-forward-list1-2-2' }] },
      { id: 'way-forward-list1-3' },
    ]);
    expect(imported.sections[2]!.blocks[2]).toMatchObject({ id: 'current-risks-harm-group1', type: 'group', blocks: [{ id: 'current-risks-harm-list1' }] });
    expect(imported.delegations.map((d) => [d.id, d.people[0]!.id])).toEqual([
      ['american', 'dennis-blair'],
      ['chinese', 'chen-xiaogong'],
    ]);
  });

  it('gives the same files when run again with --force, and refuses to overwrite without it', async () => {
    const yamlFile = path.join(root, written[0]!);
    const before = await readFile(yamlFile, 'utf8');
    const refused = importAgreement({ root, file: SOURCE_FILE, id: ID });
    await expect(refused).rejects.toThrow(`${path.join('data', 'agreements', `${ID}.yaml`)}: already exists: pass --force to replace it (nothing was written)`);
    await expect(refused).rejects.toMatchObject({ exitCode: 2 });
    const again = await importAgreement({ root, file: SOURCE_FILE, id: ID, force: true });
    expect(again.written.map((w) => w.replaced)).toEqual([true, true]);
    expect(await readFile(yamlFile, 'utf8')).toBe(before);
  });

  it('builds the English edition right away', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'briefing-import-build-'));
    const { outputs } = await build({ root, agreementId: ID, editions: ['en'], formats: ['html', 'pdf', 'docx'], outDir });
    expect(outputs.map((o) => o.file)).toEqual(['en.html', 'en.pdf', 'en.docx']);
    expect(outputs[0]!.sections).toEqual(expect.arrayContaining(imported.sections.map((s) => s.id)));
    const html = await readFile(path.join(outDir, 'en.html'), 'utf8');
    expect(html).toContain('data-block="way-forward-list1-2-1"');
    expect(html).toContain('Maura Caliendo');
    for (const [name, { raw }] of await readOutputs(outDir, outputs.map((o) => o.file))) for (const mark of RAW_MARKS) expect(raw, `${name}: ${mark}`).not.toContain(mark);
  });


  // Until loadCatalog (src/check/catalog.ts) treats a missing translation file as empty, check stops at it.
  it('check lists exactly the Chinese strings to translate', async () => {
    // Findings on the UI strings (common:) are not the import's business.
    const errors = (await runCheck({ root, agreementId: ID })).errors.filter((f) => !f.key.startsWith('common:'));
    expect(errors.filter((f) => f.language === 'en')).toEqual([]);
    expect(errors.every((f) => f.rule === 'untranslated' && f.language === 'zh' && f.message.startsWith('no translation:'))).toBe(true);
    expect(errors.map((f) => f.key).sort()).toEqual(usedKeys(imported).map((u) => u.key).sort());
  });
});
