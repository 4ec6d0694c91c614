/**
 * Translators' tools read what we exchange: xmllint parses every exported file, Debian's
 * translate-toolkit converts our XLIFF 1.2 to PO (xliff2po) and checks it (pofilter), and its TMX
 * reader gives back every pair of our memory.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { loadCatalog } from '../../src/check/catalog.js';
import { loadAgreement } from '../../src/source/project.js';
import { readTmx } from '../../src/translation/memory.js';
import { REPO_ROOT } from '../helpers/project.js';
import { run as briefing } from '../translation/helpers.js';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';

describe('translation exchange files in real clients', () => {
  let dir: string;
  const files = { xliff2: 'all.xlf', xliff12: 'all-1.2.xlf', review12: 'review-1.2.xlf', tmx: 'memory.tmx' };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'briefing-exchange-'));
    const at = (name: string): string => path.join(dir, name);
    for (const args of [
      ['xliff', 'export', '--out', at(files.xliff2)],
      ['xliff', 'export', '--xliff-version', '1.2', '--out', at(files.xliff12)],
      ['xliff', 'export', '--xliff-version', '1.2', '--only', 'review', '--out', at(files.review12)],
      ['tm', 'export', '--out', at(files.tmx)],
    ]) {
      expect((await briefing(...args, '--root', REPO_ROOT)).code).toBe(0);
    }
  });

  it('xmllint parses every exported file', async () => {
    for (const name of Object.values(files)) await run('xmllint', ['--noout', path.join(dir, name)]);
    await run('xmllint', ['--noout', path.join(dir, files.xliff2), path.join(dir, files.xliff12), path.join(dir, files.tmx)]);
  });

  it('xliff2po converts our XLIFF 1.2 with keys, notes and review states, and pofilter finds no missing numbers, untranslated or blank strings', async () => {
    const po = path.join(dir, 'all.po');
    await run('xliff2po', [path.join(dir, files.xliff12), po]);
    const text = await readFile(po, 'utf8');
    const catalog = await loadCatalog(REPO_ROOT, await loadAgreement(REPO_ROOT));
    const entries = text.split('\n\n').slice(1);
    expect(entries.length).toBe((await readFile(path.join(dir, files.xliff12), 'utf8')).split('<trans-unit ').length - 1);
    const opening = entries.find((e) => e.includes('#: blocks.opening-p1\n'))!;
    expect(opening).toContain('#. Term: digital economy → 数字经济 (required; data/glossary.tsv:');
    const msgid = (entry: string): string => JSON.parse(`"${entry.split('msgid ')[1]!.split('\nmsgstr')[0]!.split('\n').map((l) => l.replace(/^"|"$/g, '')).join('')}"`) as string;
    expect(msgid(opening)).toBe(stripInlineMarkup(catalog.strings.en!.get('blocks.opening-p1')!));
    // Flagged strings were exported as needs-review-translation: the toolkit marks exactly those fuzzy.
    const review = JSON.parse(await readFile(path.join(REPO_ROOT, 'locales', 'zh', 'track2-2021.review.json'), 'utf8')) as Record<string, string>;
    const fuzzy = entries.filter((e) => e.includes('#, fuzzy')).map((e) => /#: (\S+)/.exec(e)![1]);
    expect(fuzzy.sort()).toEqual(Object.keys(review).sort());

    const checked = path.join(dir, 'checked.po');
    // Checks that apply across English and Chinese (its variables check does not know {{placeholders}}; bracket and case checks expect Latin punctuation).
    const tests = ['numbers', 'untranslated', 'blank', 'urls', 'emails', 'newlines', 'tabs', 'doublespacing'].flatMap((t) => ['-t', t]);
    const { stderr } = await run('pofilter', ['--language=zh', ...tests, po, checked]);
    expect(stderr).not.toMatch(/error/i);
    // pofilter writes a file only when a check fails.
    expect(await readFile(checked, 'utf8').catch(() => '')).not.toContain('(pofilter)');

    const reviewPo = path.join(dir, 'review.po');
    await run('xliff2po', [path.join(dir, files.review12), reviewPo]);
    expect((await readFile(reviewPo, 'utf8')).split('\n\n').slice(1).length).toBe(Object.keys(review).length);
  });

  it("translate-toolkit's TMX reader gives back every pair of the memory, markup included", async () => {
    const script = 'import json,sys\nfrom translate.storage import tmx\nf = tmx.tmxfile.parsefile(sys.argv[1])\nprint(json.dumps([[u.source, u.target] for u in f.units]))';
    const { stdout } = await run(PYTHON, ['-c', script, path.join(dir, files.tmx)]);
    const catalog = await loadCatalog(REPO_ROOT, await loadAgreement(REPO_ROOT));
    const ours = readTmx(await readFile(path.join(dir, files.tmx), 'utf8'), files.tmx, catalog, 'zh').map((p) => [p.source, p.target]);
    expect(ours.length).toBeGreaterThan(100);
    expect(JSON.parse(stdout)).toEqual(ours);
  });
});
