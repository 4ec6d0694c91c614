import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INPUTS_FILE } from '../../src/build/inputs.js';
import { LAST_BUILD_FILE } from '../../src/build/up-to-date.js';
import { briefing, type Run } from '../helpers/cli.js';
import { AGREEMENT_FILE, EN_LOCALE_FILE, REPO_ROOT, edit, scratchProject } from '../helpers/project.js';

describe('briefing --help', () => {
  it('describes the program and its commands', async () => {
    const run = await briefing(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: briefing');
    expect(run.stdout).toMatch(/build \[options\]/);
  });

  it('describes build and its options as the README does', async () => {
    const run = await briefing(['build', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--edition', '--format', '--out', '--root', '--agreement', '--debug', '--strict', '--verbose']) expect(run.stdout).toContain(option);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('(default: defaultAgreement in data/config.yaml, or the only one)');
    expect(run.stdout).not.toContain('(default: [])');
  });

  it('prints the version with --version', async () => {
    const run = await briefing(['--version']);
    expect(run.code).toBe(0);
    const { version } = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run.stdout).toBe(`${version}\n`);
  });
});

describe('project root', () => {
  it('is found by searching upward from the current folder for data/agreements; --root wins', async () => {
    const root = await scratchProject();
    const fromBelow = await briefing(['list', '--json'], path.join(root, 'locales', 'zh'));
    expect(fromBelow.code).toBe(0);
    expect((JSON.parse(fromBelow.stdout) as { profiles: unknown[] }).profiles).toHaveLength(3);
    const empty = await mkdtemp(path.join(tmpdir(), 'briefing-no-project-'));
    const elsewhere = await briefing(['list'], empty);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toBe(`briefing: no data/agreements/ folder under ${empty}: pass --root with the project folder\n`);
    const rootWins = await briefing(['list', '--root', '/nonexistent'], root);
    expect(rootWins.stderr).toBe('briefing: no data/agreements/ folder under /nonexistent: pass --root with the project folder\n');
  });
});

describe('colour', () => {
  const unknownAgreement = ['build', '--agreement', 'nope'];
  it('is off when the output is not a terminal', async () => {
    expect((await briefing(unknownAgreement)).stderr).toBe('briefing: unknown agreement "nope": known agreements are track2-digital-economy-2021\n');
  });
  it('is on with FORCE_COLOR, and NO_COLOR wins over it', async () => {
    const forced = await briefing(unknownAgreement, REPO_ROOT, { env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toBe('\x1b[31m\x1b[1mbriefing:\x1b[22m\x1b[39m unknown agreement "nope": known agreements are track2-digital-economy-2021\n');
    expect((await briefing(unknownAgreement, REPO_ROOT, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stderr).not.toContain('\x1b[');
  });
});

describe('briefing build: bad usage exits 2 with one line', () => {
  it.each([
    [['build', '--edition', 'fr'], 'briefing: --edition "fr" is not known: choose from en, zh, zh-Hant, bilingual, bilingual-zh-Hant'],
    [['build', '--format', 'rtf'], 'briefing: --format "rtf" is not known: choose from pdf, docx, html, md'],
    [['build', '--agreement', 'nope'], 'briefing: unknown agreement "nope": known agreements are track2-digital-economy-2021'],
    [['build', '--root', '/nonexistent'], 'briefing: no data/agreements/ folder under /nonexistent: pass --root with the project folder'],
  ])('%j', async (args, message) => {
    const run = await briefing(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
  });

  it('rejects an unknown option', async () => {
    const run = await briefing(['build', '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: unknown option '--colour'");
  });
});

describe('briefing build', () => {
  let root: string;
  let first: Run;

  beforeAll(async () => {
    root = await scratchProject();
    first = await briefing(['build', '--root', root, '--edition', 'en']);
  });

  it('writes en.pdf, en.docx, en.html and manifest.json into dist/', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect((await readdir(path.join(root, 'dist'))).sort()).toEqual([INPUTS_FILE, LAST_BUILD_FILE, 'en.docx', 'en.html', 'en.pdf', 'manifest.json']);
    expect(first.stdout).toMatch(/wrote .*en\.pdf \(\d+ KB\)/);
    expect(first.stdout).toMatch(/\n3 outputs: 3 rebuilt, 0 unchanged — .*manifest\.json \(\d+\.\d s\)\n$/);
  });

  it('says so when nothing changed, and rebuilds everything with --force', async () => {
    const again = await briefing(['build', '--root', root, '--edition', 'en']);
    expect(again.stdout).toMatch(/^3 outputs: 0 rebuilt, 3 unchanged — .*manifest\.json \(\d+\.\d s\)\n$/);
    const forced = await briefing(['build', '--root', root, '--edition', 'en', '--format', 'html', '--force']);
    expect(forced.stdout).toMatch(/^wrote .*en\.html \(\d+ KB\)\n1 output: 1 rebuilt, 0 unchanged — /);
  });

  it('sums up translations marked for review in one line, lists them with --verbose, and still succeeds', async () => {
    const flags = Object.keys(JSON.parse(await readFile(path.join(root, 'locales', 'zh', 'track2-2021.review.json'), 'utf8')) as object).length;
    const run = await briefing(['build', '--root', root, '--edition', 'zh', '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`warning: ${flags} translations marked for review — npx briefing check --review lists them\n`);
    expect(run.stdout).toMatch(/\n1 output: 1 rebuilt, 0 unchanged — /);
    const verbose = await briefing(['build', '--root', root, '--edition', 'zh', '--format', 'html', '--verbose']);
    const warnings = verbose.stderr.trim().split('\n');
    expect(warnings).toHaveLength(flags + 1);
    expect(warnings).toContain('warning: locales/zh/track2-2021.json: key people.feng-wei.name: terminology.tsv: verify — Chinese characters unconfirmed; romanized form kept');
  });

  it('warns about a stale translation it publishes; --strict refuses to build it; an English build is not concerned', async () => {
    const stale = await scratchProject();
    await edit(stale, EN_LOCALE_FILE, 'Numerous groups, including', 'Many groups, including');
    const warned = await briefing(['build', '--root', stale, '--edition', 'zh', '--format', 'html']);
    expect(warned.code).toBe(0);
    expect(warned.stderr.split('\n')[0]).toBe('warning: 1 check error in the published translations (1 stale) — npx briefing check lists them');
    const strict = await briefing(['build', '--root', stale, '--edition', 'zh', '--format', 'html', '--strict', '--out', 'strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr.trim().split('\n').at(-1)).toBe('briefing: --strict: 1 check error in the languages being built (1 stale); nothing was built');
    await expect(readdir(path.join(stale, 'strict'))).rejects.toThrow('ENOENT');
    const english = await briefing(['build', '--root', stale, '--edition', 'en', '--format', 'html', '--strict']);
    expect([english.code, english.stderr]).toEqual([0, '']);
  }, 180_000); // four command-line builds

  it('suggests --edition en for an agreement without a translation', async () => {
    const single = await scratchProject();
    await edit(single, AGREEMENT_FILE, /^namespace: .*$/m, 'namespace: untranslated');
    await cp(path.join(single, EN_LOCALE_FILE), path.join(single, 'locales', 'en', 'untranslated.json'));
    const run = await briefing(['build', '--root', single, '--format', 'html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'briefing: agreement track2-digital-economy-2021 has no "zh" translation yet (no locales/zh/untranslated.json): build the English edition with --edition en, ' +
        'or attach a translation with npx briefing import FILE --id track2-digital-economy-2021 --lang zh\n',
    );
  });

  it('exits 1 on broken content with one line and no stack trace, and keeps the last good files', async () => {
    const listing = (await readdir(path.join(root, 'dist'))).sort();
    const before = await Promise.all(listing.map((f) => readFile(path.join(root, 'dist', f))));
    await edit(root, EN_LOCALE_FILE, '"track2-p1": "Both teams', '"track2-p1": "<iframe>Both teams');
    const run = await briefing(['build', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`briefing: ${EN_LOCALE_FILE}: key blocks.track2-p1: markup <iframe>: only <strong> and <em> are allowed\n`);
    expect((await readdir(path.join(root, 'dist'))).sort()).toEqual(listing); // nothing added, nothing removed, no temp files
    const after = await Promise.all(listing.map((f) => readFile(path.join(root, 'dist', f))));
    expect(after).toEqual(before);

    const debug = await briefing(['build', '--root', root, '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /); // the stack trace, only on request
  }, 180_000); // two command-line builds of every edition, on a loaded machine
});
