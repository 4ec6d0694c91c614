import { describe, expect, it } from 'vitest';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../../src/build/index.js';
import { BriefingError } from '../../src/errors.js';
import { loadAgreement } from '../../src/source/project.js';
import { AGREEMENT_FILE, EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';

async function agreementError(from: string, to: string): Promise<BriefingError> {
  const root = await scratchProject();
  await edit(root, AGREEMENT_FILE, from, to);
  const error = await loadAgreement(root).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BriefingError);
  return error as BriefingError;
}

describe('agreement loader', () => {
  it.each([
    [
      'an unknown block type',
      '{ id: opening-p1, type: paragraph }',
      '{ id: opening-p1, type: para }',
      `${AGREEMENT_FILE}:21:33: sections[0].blocks[0].type: Invalid discriminator value. Expected 'paragraph' | 'list' | 'table' | 'group' (found "para")`,
    ],
    [
      'an unknown field',
      '{ id: opening-p1, type: paragraph }',
      '{ id: opening-p1, type: paragraph, colour: red }',
      `${AGREEMENT_FILE}:21:52: sections[0].blocks[0].colour: Unrecognized key: "colour"`,
    ],
    ['an impossible date', 'start: 2021-11-17', 'start: 2021-13-17', `${AGREEMENT_FILE}:9:10: dates.start: Invalid ISO date (found "2021-13-17")`],
    [
      'a duplicate id',
      '{ id: importance-p1,',
      '{ id: opening-p1,',
      `${AGREEMENT_FILE}:27:15: sections[1].blocks[0].id: id "opening-p1" is already used above: section, block and item ids must be unique`,
    ],
    ['a wrong type', 'session: 4', 'session: four', `${AGREEMENT_FILE}:7:10: session: Invalid input: expected number, received string (found "four")`],
    [
      'a YAML syntax error',
      'venue: zoom',
      'venue: [zoom',
      `${AGREEMENT_FILE}:12:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ],
    [
      'an id outside the safe alphabet',
      '{ id: risks-cn-1,',
      '{ id: ../risks,',
      `${AGREEMENT_FILE}:41:23: sections[2].blocks[2].blocks[0].items[0].id: ids use lowercase letters, digits and single hyphens (e.g. "risks-cn-1") (found "../risks")`,
    ],
  ])('rejects %s with file, line, column, field and problem', async (_name, from, to, message) => {
    const error = await agreementError(from, to);
    expect(error.message).toBe(message);
    expect(error.exitCode).toBe(1);
  });

  it('rejects an id that does not match the file name', async () => {
    const error = await agreementError('id: track2-digital-economy-2021', 'id: another-agreement');
    expect(error.message).toBe(`${AGREEMENT_FILE}: id: "another-agreement" must match the file name "track2-digital-economy-2021"`);
  });

  it('names the known agreements when asked for an unknown one (bad usage, exit 2)', async () => {
    const root = await scratchProject();
    const error = (await loadAgreement(root, 'nope').catch((e: unknown) => e)) as BriefingError;
    expect(error.message).toBe('unknown agreement "nope": known agreements are track2-digital-economy-2021');
    expect(error.exitCode).toBe(2);
  });

  it('loads the real agreement with every section in source order', async () => {
    const agreement = await loadAgreement(await scratchProject());
    expect(agreement.sections.map((s) => s.id)).toEqual(['opening', 'importance', 'risks', 'way-forward', 'track2', 'conclusion']);
    expect(agreement.dates).toEqual({ start: '2021-11-17', end: '2021-11-18' });
    expect(agreement.delegations.map((d) => d.people.length)).toEqual([14, 16]);
  });
});

async function composeError(file: string, from: string | RegExp, to: string, lang = 'en'): Promise<BriefingError> {
  const root = await scratchProject();
  await edit(root, file, from, to);
  const error = await build({ root, editions: [lang], formats: ['html'], outDir: path.join(root, 'dist') }).then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(BriefingError);
  return error as BriefingError;
}

describe('locales and templates', () => {
  it('names the locale file and key of a missing string', async () => {
    const error = await composeError(EN_LOCALE_FILE, /"importance-p2": "[^"]*",\n/, '');
    expect(error.message).toBe(`${EN_LOCALE_FILE}: key blocks.importance-p2: missing string: add it to the locale file`);
  });

  it('rejects markup outside <strong> and <em>, naming the key', async () => {
    const error = await composeError(EN_LOCALE_FILE, '"track2-p1": "Both teams', '"track2-p1": "<script>alert(1)</script>Both teams');
    expect(error.message).toBe(`${EN_LOCALE_FILE}: key blocks.track2-p1: markup <script>: only <strong> and <em> are allowed`);
  });

  it('rejects attributes on allowed tags', async () => {
    const error = await composeError(EN_LOCALE_FILE, '"track2-p1": "Both teams', '"track2-p1": "<strong onclick=\\"x()\\">Both</strong> teams');
    expect(error.message).toBe(`${EN_LOCALE_FILE}: key blocks.track2-p1: markup <strong onclick="x()">: attributes are not allowed`);
  });

  it('reports invalid JSON with line and column', async () => {
    const error = await composeError(EN_LOCALE_FILE, '"title": "Consensus Agreement",', '"title": "Consensus Agreement"');
    expect(error.message).toBe(`${EN_LOCALE_FILE}:5:5: invalid JSON: expected ',' before the next value, or a closing bracket`);
  });

  it('rejects a locale value that is not a string', async () => {
    const error = await composeError(EN_LOCALE_FILE, '"title": "Consensus Agreement",', '"title": 42,');
    expect(error.message).toBe(`${EN_LOCALE_FILE}: key meta.title: expected a string, got number`);
  });

  it('rejects a review flag for a key the locale does not have', async () => {
    const error = await composeError('locales/zh/track2-2021.review.json', '"people.feng-wei.name"', '"people.feng-wei.nom"', 'zh');
    expect(error.message).toBe(
      'locales/zh/track2-2021.review.json: key people.feng-wei.nom: flags a key that locales/zh/track2-2021.json does not have: remove the flag or fix the key',
    );
  });

  it('names the layout when a partial is missing', async () => {
    const error = await composeError('templates/partials/agreement.hbs', '{{> title-block}}', '{{> delegates}}');
    expect(error.message).toBe('templates/document.hbs: The partial delegates could not be found');
  });

  it('rejects template markup outside the documented vocabulary', async () => {
    const error = await composeError('templates/partials/title-block.hbs', '<h1>', '<h1><img src="x.png">');
    expect(error.message).toBe('template markup: <img> is not supported inside text; see templates/README.md for the elements templates may use');
  });
});

describe('several agreements', () => {
  it('uses defaultAgreement of data/config.yaml, and asks for --agreement without it', async () => {
    const root = await scratchProject();
    await copyFile(path.join(root, AGREEMENT_FILE), path.join(root, 'data', 'agreements', 'another-agreement.yaml'));
    expect((await loadAgreement(root)).id).toBe('track2-digital-economy-2021');
    await rm(path.join(root, 'data', 'config.yaml'));
    const error = (await loadAgreement(root).catch((e: unknown) => e)) as BriefingError;
    expect(error.message).toBe(
      'several agreements (another-agreement, track2-digital-economy-2021): choose one with --agreement ID, or set defaultAgreement in data/config.yaml',
    );
    expect(error.exitCode).toBe(2);
  });
});
