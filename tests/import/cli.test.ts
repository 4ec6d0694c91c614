/** `briefing import` as a command: what it prints, and how it refuses bad usage. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerImport } from '../../src/cli/import.js';
import { briefing } from '../helpers/cli.js';
import { scratchProject } from '../helpers/project.js';
import { SOURCE_FILE } from '../helpers/source-text.js';

const UDHR = path.join(import.meta.dirname, '..', 'fixtures', 'import', 'udhr-1948');

/** Runs the command as main() would, up to its error handling (main.ts turns errors into exit codes). */
async function runImport(args: string[]): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command('briefing').exitOverride();
  registerImport(program, { out: (...lines) => out.push(...lines), err: (line) => err.push(line) });
  await program.parseAsync(['import', ...args], { from: 'user' });
  return { out, err };
}

const shown = (root: string, file: string): string => path.relative(process.cwd(), path.join(root, file));

describe('briefing import (command)', () => {
  it('prints what it created, then the next steps; notes go to stderr', async () => {
    const root = await scratchProject();
    const { out, err } = await runImport([`${UDHR}.en.txt`, '--id', 'udhr-1948', '--root', root]);
    expect(out).toEqual([
      `created ${shown(root, 'data/agreements/udhr-1948.yaml')} (31 sections, 60 blocks and list items, 0 participants)`,
      `created ${shown(root, 'locales/en/udhr-1948.json')} (English strings)`,
      'next: `briefing check --agreement udhr-1948` lists the strings to translate; `briefing import FILE --id udhr-1948 --lang zh` attaches an existing translation',
    ]);
    expect(err.every((line) => line.startsWith('note: '))).toBe(true);

    const zh = await runImport([`${UDHR}.zh.aligned.txt`, '--id', 'udhr-1948', '--lang', 'zh', '--root', root]);
    expect(zh.out).toEqual([
      `created ${shown(root, 'locales/zh/udhr-1948.json')} (92 strings aligned with the English)`,
      `created ${shown(root, 'locales/zh/udhr-1948.source.json')} (the English each string was aligned with)`,
      `created ${shown(root, 'locales/zh/udhr-1948.review.json')} (0 uncertain pairs to review)`,
      'aligned: 92 English blocks paired: 0 joined from two zh paragraphs, 0 zh paragraphs split',
      'aligned: 0 uncertain (flagged for review in locales/zh/udhr-1948.review.json)',
      'aligned: 0 English blocks untranslated, 0 zh blocks unmatched',
      `alignment report: ${shown(root, 'dist/alignment-udhr-1948-zh.html')}`,
    ]);
    expect(await readFile(path.join(root, 'dist', 'alignment-udhr-1948-zh.html'), 'utf8')).toContain('<td>1:1</td>');
  });

  it.each([
    [['--root', '.'], 'import needs --id ID: the id of the new agreement (e.g. track2-digital-economy-2022), or of the agreement a translation belongs to'],
    [['--id', 'Bad_Id'], '--id "Bad_Id": ids use lowercase letters, digits and single hyphens (e.g. track2-digital-economy-2022)'],
    [['--id', 'a', '--agreement', 'b'], '--id a and --agreement b disagree: give one of them'],
    [['--id', 'x', '--lang', 'en'], '--lang en: English is the source; import it without --lang'],
  ])('refuses %j with exit code 2', async (args, message) => {
    await expect(runImport([SOURCE_FILE, ...args])).rejects.toMatchObject({ message, exitCode: 2 });
  });

  it('refuses files it cannot read, naming them', async () => {
    await expect(runImport(['agreement.rtf', '--id', 'x'])).rejects.toMatchObject({ message: 'agreement.rtf: cannot import ".rtf" files: give a .txt, .md, .html, .htm, .docx, .pdf file', exitCode: 2 });
    await expect(runImport(['missing.txt', '--id', 'x'])).rejects.toMatchObject({ message: 'missing.txt: cannot read the file (ENOENT): check the path', exitCode: 2 });
    const fake = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-import-')), 'fake.docx');
    await writeFile(fake, 'not a zip archive');
    await expect(runImport([fake, '--id', 'x'])).rejects.toMatchObject({ message: `${fake}: not a readable Word file: open it in Word and save it again as .docx`, exitCode: 2 });
  });
});

describe('npx briefing import', () => {
  it('creates the agreement, and refuses to overwrite it with exit code 2', async () => {
    const root = await scratchProject();
    const first = await briefing(['import', SOURCE_FILE, '--id', 'consensus-2021', '--root', root]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('created ');
    const again = await briefing(['import', SOURCE_FILE, '--id', 'consensus-2021', '--root', root]);
    expect(again).toMatchObject({ code: 2, stderr: `briefing: ${path.join('data', 'agreements', 'consensus-2021.yaml')}: already exists: pass --force to replace it (nothing was written)\n` });
  });
});
