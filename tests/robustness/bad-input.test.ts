import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { loadProfile } from '../../src/select/profile.js';
import { loadLocaleFile } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import { briefing } from '../helpers/cli.js';
import { failure } from './people-errors.js';
import { AGREEMENT_FILE, EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';

/**
 * Bad input beyond tests/source/loader.test.ts and tests/check/rules.test.ts: each case must give one
 * line naming the file and the place, and exit 1 (bad content) or 2 (unreadable input or a bad profile).
 */

const ZH_LOCALE_FILE = path.join('locales', 'zh', 'track2-2021.json');
const PROFILE = ['id: packet', 'title: { en: Packet, zh: 资料 }', 'recipient: { en: Someone, zh: 某人 }', 'edition: en', ''].join('\n');


const buildHtml = (root: string, edition = 'en') => build({ root, editions: [edition], formats: ['html'], outDir: path.join(root, 'dist') });

/** `line:column` (from 1) where `needle` starts in a file of the project, plus `shift` columns. */
async function placeOf(root: string, file: string, needle: string, shift = 0): Promise<string> {
  const text = await readFile(path.join(root, file), 'utf8');
  const before = text.slice(0, text.indexOf(needle));
  return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n') + shift}`;
}

async function writeProfile(root: string, text: string | Buffer): Promise<string> {
  const file = path.join(root, 'packet.yaml');
  await writeFile(file, text);
  return file;
}

describe('malformed JSON and YAML: file, line and column', () => {
  it('places an unexpected token, which JSON.parse reports without a position', async () => {
    const root = await scratchProject();
    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": Consensus Agreement"');
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${EN_LOCALE_FILE}:${await placeOf(root, EN_LOCALE_FILE, 'Consensus Agreement"')}: invalid JSON: unexpected character "C" (strings are written in "double quotes")`);
    expect(error.exitCode).toBe(1);
  });

  it('places text after the end of the JSON', async () => {
    const root = await scratchProject();
    await edit(root, EN_LOCALE_FILE, /\}\s*$/, '}\n}\n');
    const error = await failure(loadLocaleFile(root, EN_LOCALE_FILE));
    expect(error.message).toMatch(new RegExp(`^${EN_LOCALE_FILE}:\\d+:1: invalid JSON: text after the end of the JSON$`));
  });

  it('places a syntax error in a review file', async () => {
    const root = await scratchProject();
    const review = path.join('locales', 'zh', 'track2-2021.review.json');
    await edit(root, review, /^\{/, '{ "people.feng-wei.name" "x",');
    const error = await failure(buildHtml(root, 'zh'));
    expect(error.message).toBe(`${review}:1:26: invalid JSON: expected ':' after the key`);
  });

  it('places a YAML syntax error in a profile, as bad input (exit 2)', async () => {
    const root = await scratchProject();
    const file = await writeProfile(root, `${PROFILE}formats: [pdf\n`);
    const error = await failure(loadProfile(root, file, await loadAgreement(root)));
    expect(error.message).toMatch(new RegExp(`^${file}:6:1: YAML syntax: `));
    expect(error.exitCode).toBe(2);
  });

  it('names an unknown field of a profile with its place', async () => {
    const root = await scratchProject();
    const file = await writeProfile(root, `${PROFILE}colour: red\n`);
    const error = await failure(loadProfile(root, file, await loadAgreement(root)));
    expect(error.message).toBe(`${file}:5:9: colour: Unrecognized key: "colour"`);
    expect(error.exitCode).toBe(2);
  });

  it('refuses a YAML alias inside the value it refers to, and aliases that multiply', async () => {
    const root = await scratchProject();
    await edit(root, AGREEMENT_FILE, /^organizers: .*$/m, 'organizers: &org [*org]');
    const cycle = await failure(loadAgreement(root));
    expect(cycle.message).toBe(`${AGREEMENT_FILE}:${await placeOf(root, AGREEMENT_FILE, '*org')}: YAML alias *org is inside the value it refers to (&org): write the value out`);

    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`)];
    await writeFile(path.join(root, AGREEMENT_FILE), `${levels.join('\n')}\n`);
    const bomb = await failure(loadAgreement(root));
    expect(bomb.message).toMatch(new RegExp(`^${AGREEMENT_FILE}: cannot expand the YAML aliases \\(.*\\): write the values out$`));
  });

  it('refuses nesting deeper than any source file has', async () => {
    const root = await scratchProject();
    const nested = (depth: number): string => `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
    await writeFile(path.join(root, EN_LOCALE_FILE), nested(100));
    const error = await failure(loadLocaleFile(root, EN_LOCALE_FILE));
    expect(error.message).toBe(`${EN_LOCALE_FILE}: key ${Array(16).fill('a').join('.')}: nested more than 16 levels deep: locale keys have a few levels`);
    // Deeper than the parser's stack: still one line.
    await writeFile(path.join(root, EN_LOCALE_FILE), nested(100_000));
    const deep = await failure(loadLocaleFile(root, EN_LOCALE_FILE));
    expect(deep.message).toBe(`${EN_LOCALE_FILE}: invalid JSON: nested too deeply (source files have a few levels)`);
  });
});

describe('files that cannot be read: exit 2', () => {
  it.each([
    // (A missing translation of the agreement itself is not unreadable: the build suggests --edition en, see tests/cli.)
    ['a locale file', path.join('locales', 'zh', 'common.json')],
    ['the glossary', path.join('data', 'glossary.tsv')],
  ])('%s', async (_name, file) => {
    const root = await scratchProject();
    await rm(path.join(root, file));
    const error = await failure(buildHtml(root, 'zh'));
    expect(error.message).toBe(`${file}: cannot read the file (ENOENT): create or restore it, or check --root`);
    expect(error.exitCode).toBe(2);
  });
});

describe('bytes that are not UTF-8: named with their place, never decoded silently', () => {
  /** The text with `from` replaced by `to` encoded as Latin-1 (é is byte 0xE9), as an editor set to the wrong encoding writes it. */
  const withLatin1 = (text: string, from: string, to: string): Buffer => {
    const at = text.indexOf(from);
    return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(to, 'latin1'), Buffer.from(text.slice(at + from.length))]);
  };
  const editAsLatin1 = async (root: string, file: string, from: string, to: string): Promise<void> =>
    writeFile(path.join(root, file), withLatin1(await readFile(path.join(root, file), 'utf8'), from, to));

  it('in a locale file: exit 1', async () => {
    const root = await scratchProject();
    await editAsLatin1(root, EN_LOCALE_FILE, 'Consensus Agreement', 'Consensus Agrément');
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${EN_LOCALE_FILE}:${await placeOf(root, EN_LOCALE_FILE, 'Agr', 3)}: invalid UTF-8 (byte 0xE9): save the file as UTF-8 text`);
    expect(error.exitCode).toBe(1);
  });

  it('in the agreement, through the command line: one line, exit 1', async () => {
    const root = await scratchProject();
    await editAsLatin1(root, AGREEMENT_FILE, 'venue: zoom', 'venue: zoóm');
    const run = await briefing(['build', '--root', root, '--edition', 'en', '--format', 'html']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`briefing: ${AGREEMENT_FILE}:${await placeOf(root, AGREEMENT_FILE, 'venue: zo', 9)}: invalid UTF-8 (byte 0xF3): save the file as UTF-8 text\n`);
  });

  it('in a profile: exit 2', async () => {
    const root = await scratchProject();
    const file = await writeProfile(root, withLatin1(PROFILE, 'Someone', 'Señor'));
    const error = await failure(loadProfile(root, file, await loadAgreement(root)));
    expect(error.message).toBe(`${file}:3:20: invalid UTF-8 (byte 0xF1): save the file as UTF-8 text`);
    expect(error.exitCode).toBe(2);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const root = await scratchProject();
    const text = await readFile(path.join(root, EN_LOCALE_FILE), 'utf8');
    await writeFile(path.join(root, EN_LOCALE_FILE), `\uFEFF${text}`);
    expect((await loadLocaleFile(root, EN_LOCALE_FILE)).meta).toMatchObject({ title: 'Consensus Agreement' });
  });
});

describe('strings unfit for an edition: named by file and key', () => {
  it.each([
    ['a control character', '"结语\\u0007"', 'control character U+0007 at character 3: remove it (tab and line feed are the only ones allowed)'],
    ['an escape character (terminal control sequences)', '"\\u001b[31m结语"', 'control character U+001B at character 1: remove it (tab and line feed are the only ones allowed)'],
    ['an unpaired surrogate', '"结\\ud800语"', 'unpaired surrogate U+D800 at character 2: not a character; retype the text there'],
    ['an empty string (it would print a bare heading number, or the raw key)', '""', 'an empty string: write the text or remove it'],
    ['only spaces (an empty heading)', '"　 \\t"', 'no text, only spaces or emphasis tags: write the text or remove it'],
    ['only emphasis tags', '"<strong> </strong>"', 'no text, only spaces or emphasis tags: write the text or remove it'],
  ])('%s', async (_name, value, problem) => {
    const root = await scratchProject();
    await edit(root, ZH_LOCALE_FILE, '"结语"', value);
    const error = await failure(buildHtml(root, 'zh'));
    expect(error.message).toBe(`${ZH_LOCALE_FILE}: key sections.conclusion: ${problem}`);
    expect(error.exitCode).toBe(1);
  });

  it('refuses a string longer than 100,000 characters, naming its key', async () => {
    const root = await scratchProject();
    await edit(root, ZH_LOCALE_FILE, '"结语"', `"${'结'.repeat(200_000)}"`);
    const error = await failure(buildHtml(root, 'zh'));
    expect(error.message).toBe(`${ZH_LOCALE_FILE}: key sections.conclusion: 200,000 characters, more than the 100,000 a string may have: split it, or check for a paste gone wrong`);
  });

  it('refuses a 50 MB string before parsing it', async () => {
    const root = await scratchProject();
    await edit(root, ZH_LOCALE_FILE, '"结语"', `"${'x'.repeat(50 * 1024 * 1024)}"`);
    const error = await failure(buildHtml(root, 'zh'));
    expect(error.message).toBe(`${ZH_LOCALE_FILE}: the file is 50.0 MB; source files are limited to 10 MB: check that this is the right file`);
  });

  it('refuses an empty profile text, as bad input (exit 2)', async () => {
    const root = await scratchProject();
    const file = await writeProfile(root, PROFILE.replace('{ en: Packet,', '{ en: " ",'));
    const error = await failure(loadProfile(root, file, await loadAgreement(root)));
    expect(error.message).toBe(`${file}:2:14: title.en: no text, only spaces or emphasis tags: write the text or remove it`);
    expect(error.exitCode).toBe(2);
  });

  it('refuses a control character in a profile text, as bad input (exit 2)', async () => {
    const root = await scratchProject();
    const file = await writeProfile(root, PROFILE.replace('{ en: Packet,', '{ en: "Pack\\u0007et",'));
    const error = await failure(loadProfile(root, file, await loadAgreement(root)));
    expect(error.message).toBe(`${file}:2:14: title.en: control character U+0007 at character 5: remove it (tab and line feed are the only ones allowed)`);
    expect(error.exitCode).toBe(2);
  });
});

describe('templates', () => {
  it('name the locale file and key that a template asks for and no locale has', async () => {
    const root = await scratchProject();
    await edit(root, path.join('templates', 'partials', 'title-block.hbs'), '<h1>{{t "meta.title"}}</h1>', '<h1>{{t "meta.subtitle"}}</h1>');
    const error = await failure(buildHtml(root));
    expect(error.message).toBe(`${EN_LOCALE_FILE}: key meta.subtitle: missing string: add it to the locale file`);
  });
});

// Payloads in profile texts, reports and Word files: injection.test.ts.
describe('an XSS payload in a translation', () => {
  const PAYLOAD = '<img src=x onerror=alert(1)>';

  it.each([
    ['a paragraph', 'blocks.track2-p1', /"track2-p1": "/],
    ['a plain string (a section title)', 'sections.conclusion', /"conclusion": "(?=结语)/],
  ])('in %s fails the build, naming the key', async (_name, key, at) => {
    const root = await scratchProject();
    await edit(root, ZH_LOCALE_FILE, at, `$&${PAYLOAD}`);
    const error = await failure(buildHtml(root, 'zh'));
    expect(error.message).toBe(`${ZH_LOCALE_FILE}: key ${key}: markup ${PAYLOAD}: only <strong> and <em> are allowed`);
  });
});
