import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE, recoverOutputFolder } from '../../src/io/publish.js';
import { briefing } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/project.js';
import { expectManifestMatches, publishedFiles, publishingLeftovers, sameFiles } from '../helpers/published.js';

const OUTPUTS = 5;

/**
 * A process that publishes OUTPUTS small outputs (their text: the version) with the compiled
 * publisher, and — when `killAt` is given — kills itself with SIGKILL just before its rename
 * number `killAt` (1: the journal; 2 … : the staged files, in order): a kill at an exact step of
 * the publish, which no timer can hit.
 */
const PUBLISHER = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const [out, version, killAt] = process.argv.slice(1);
const rename = fs.promises.rename;
let renames = 0;
fs.promises.rename = (from, to) => (++renames === Number(killAt) ? process.kill(process.pid, 'SIGKILL') : rename(from, to));
syncBuiltinESMExports();
const { publishBuild, stageFile } = await import(${JSON.stringify(path.join(REPO_ROOT, 'lib', 'io', 'publish.js'))});
const { describeOutput } = await import(${JSON.stringify(path.join(REPO_ROOT, 'lib', 'io', 'manifest.js'))});
await publishBuild(out, '/nonexistent-project', async (staging) => {
  const outputs = [];
  for (let i = 1; i <= ${OUTPUTS}; i++) {
    const file = 'output-' + i + '.html';
    const content = version + ' ' + i;
    await stageFile(staging, file, content);
    outputs.push(describeOutput(Buffer.from(content), { file, format: 'html', edition: 'en', profile: null, languages: ['en'], sections: [], components: [] }));
  }
  return { outputs };
}, () => [{ file: '.briefing-inputs.json', update: () => JSON.stringify(Object.fromEntries(Array.from({ length: ${OUTPUTS} }, (_, i) => ['output-' + (i + 1) + '.html', { bytes: (version + ' ' + (i + 1)).length }]))) }]);
`;

async function runPublisher(out: string, version: string, killAt?: number): Promise<'finished' | 'killed'> {
  try {
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', PUBLISHER, out, version, String(killAt ?? 0)]);
    return 'finished';
  } catch (error) {
    if ((error as { signal?: string }).signal === 'SIGKILL') return 'killed';
    throw error;
  }
}


describe('a publish killed at each of its steps', { timeout: 60_000 }, () => {
  it('is rolled back before the journal and completed after it, by the next run, before anything else', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'briefing-journal-'));
    const reference = async (version: string) => {
      const dir = path.join(base, version);
      expect(await runPublisher(dir, version)).toBe('finished');
      return publishedFiles(dir);
    };
    const [oldSet, newSet] = await Promise.all([reference('old'), reference('new')]);
    expectManifestMatches(newSet);
    // Renames: 1 the journal, then the five outputs, the record of inputs and manifest.json.
    const steps = 1 + OUTPUTS + 2;
    // Each step in its own folder and process, all at once.
    const killed = Array.from({ length: steps }, (_, i) => i + 1).map(async (killAt) => {
      const dir = path.join(base, `killed-at-${killAt}`);
      await cp(path.join(base, 'old'), dir, { recursive: true });
      expect(await runPublisher(dir, 'new', killAt)).toBe('killed');
      const journal = (await readdir(dir)).includes(JOURNAL_FILE);
      expect([killAt, journal]).toEqual([killAt, killAt > 1]);
      if (!journal) expect(sameFiles(await publishedFiles(dir), oldSet)).toBe(true);
      await recoverOutputFolder(dir);
      expect([killAt, await publishingLeftovers(dir)]).toEqual([killAt, []]);
      const after = await publishedFiles(dir);
      expectManifestMatches(after);
      expect([killAt, sameFiles(after, killAt > 1 ? newSet : oldSet)]).toEqual([killAt, true]);
    });
    await Promise.all(killed);
  });

  it('is completed by `check --outputs` before it reads the outputs', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-journal-')), 'out');
    expect(await runPublisher(dir, 'old')).toBe('finished');
    expect(await runPublisher(dir, 'new', 4)).toBe('killed');
    expect(await publishingLeftovers(dir)).toContain(JOURNAL_FILE);
    await briefing(['check', '--root', REPO_ROOT, '--outputs', dir]);
    expect(await publishingLeftovers(dir)).toEqual([]);
    const after = await publishedFiles(dir);
    expectManifestMatches(after);
    expect(after.get('output-1.html')!.toString()).toBe('new 1');
  });
});
