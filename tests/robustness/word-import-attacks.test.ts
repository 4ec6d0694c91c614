import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importAgreement } from '../../src/import/index.js';
import { scratchProject } from '../helpers/project.js';
import { failure } from './people-errors.js';
import { documentXml, paragraph, wordPackage, zipBomb } from './word-packages.js';

/**
 * Word files built to attack `briefing import` (issue 15: cases that must stay refused or harmless).
 * Each case differs from a package that imports (the first case) only by its attack, and is
 * bounded: a case that hangs or inflates for long fails by its time limit.
 */
const CASE_TIME = 20_000;
const TEXT = [paragraph('Agreement on Attacks'), paragraph('The parties agree to refuse what they cannot read.')];

let root: string;
let folder: string;
beforeAll(async () => {
  root = await scratchProject();
  folder = await mkdtemp(path.join(tmpdir(), 'briefing-word-'));
});

async function wordFile(name: string, content: Buffer): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, content);
  return file;
}

/** The files of the project under data/ and locales/, to show that a refused import wrote nothing. */
const projectFiles = async (): Promise<string[]> => (await Promise.all(['data', 'locales'].map((dir) => readdir(path.join(root, dir), { recursive: true })))).flat().sort();

/** Imports `content` as a new agreement, expecting the one-line refusal (exit 2) and nothing written. */
async function refused(name: string, content: Buffer): Promise<string> {
  const before = await projectFiles();
  const file = await wordFile(name, content);
  const error = await failure(importAgreement({ root, file, id: path.basename(name, '.docx') }));
  expect(error.exitCode).toBe(2);
  expect(await projectFiles()).toEqual(before);
  return error.message.replace(file, 'FILE');
}

describe('Word files built to attack the importer', { timeout: CASE_TIME }, () => {
  it('the package the cases are made from imports', async () => {
    const file = await wordFile('plain.docx', wordPackage(documentXml(TEXT)));
    await importAgreement({ root, file, id: 'plain' });
    expect(await readFile(path.join(root, 'locales', 'en', 'plain.json'), 'utf8')).toContain('The parties agree to refuse what they cannot read.');
  });

  it('XXE: an external entity naming a local file is never resolved: refused, the file not read', async () => {
    const secret = path.join(folder, 'secret.txt');
    await writeFile(secret, 'SECRET-7d1f');
    const xxe = documentXml([...TEXT, paragraph('Leak: &xxe;')], `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secret}">]>`);
    expect(await refused('xxe.docx', wordPackage(xxe))).toBe('FILE: not a readable Word file: open it in Word and save it again as .docx');
  });

  it('billion laughs: internal entities that multiply are never expanded: refused at once', async () => {
    const entities = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('');
    const laughs = documentXml([...TEXT, paragraph('&lol9;')], `<!DOCTYPE w:document [${entities}]>`);
    expect(await refused('laughs.docx', wordPackage(laughs))).toBe('FILE: not a readable Word file: open it in Word and save it again as .docx');
  });

  it('a zip bomb (1 MB inflating to 1 GB) is refused before it is inflated, whatever size its headers state', async () => {
    const expected = 'FILE: its parts unpack to more than 100 MB (at word/document.xml): a Word file of text is far smaller; check that this is the right file';
    expect(await refused('bomb.docx', zipBomb(1024))).toBe(expected);
    expect(await refused('understated.docx', zipBomb(1024, 1000))).toBe(expected);
  });

  it('a small file of the bomb\'s making imports: the refusal is for the size', async () => {
    const file = await wordFile('small-bomb.docx', zipBomb(2));
    await importAgreement({ root, file, id: 'small-bomb' });
    expect(await readFile(path.join(root, 'locales', 'en', 'small-bomb.json'), 'utf8')).toContain('The parties agree. The parties agree.');
  });

  it('zip-slip: entries named ../../x or /x are never written anywhere', async () => {
    const name = `briefing-zip-slip-${randomBytes(4).toString('hex')}.txt`;
    const absolute = path.join(tmpdir(), name);
    const file = await wordFile('slip.docx', wordPackage(documentXml(TEXT), { [`../../${name}`]: 'escaped', [`../${name}`]: 'escaped', [absolute]: 'escaped' }));
    const before = await projectFiles();
    await importAgreement({ root, file, id: 'slip' });
    // Only the agreement and its strings are new; no entry's name became a path.
    expect((await projectFiles()).filter((f) => !before.includes(f))).toEqual([path.join('agreements', 'slip.yaml'), path.join('en', 'slip.json')]);
    const places = [root, folder, process.cwd()].flatMap((dir) => [dir, path.dirname(dir), path.dirname(path.dirname(dir))]);
    expect(places.filter((dir) => existsSync(path.join(dir, name)))).toEqual([]);
    expect(existsSync(absolute)).toBe(false);
  });
});
