import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOutput, type ManifestEntry } from '../../src/io/manifest.js';
import { publishBuild, stageFile } from '../../src/io/publish.js';

const entry = (file: string): ManifestEntry =>
  describeOutput(Buffer.from(file), { file, format: 'html', edition: 'en', profile: null, languages: ['en'], sections: [], components: [] });

/** Publishes one output whose content is its name, as a build of that one output does. */
const publishOne = (dir: string, file: string) =>
  publishBuild(
    dir,
    path.dirname(dir),
    async (staging) => {
      await stageFile(staging, file, file);
      return { outputs: [entry(file)] };
    },
    () => [],
  );

describe('manifest.json', () => {
  it('keeps the entries of concurrent builds into one folder', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-manifest-')), 'out');
    const files = Array.from({ length: 12 }, (_, i) => `out-${i}.html`);
    // Twelve builds finishing at once, each publishing its own output.
    await Promise.all(files.map((file) => publishOne(dir, file)));
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { outputs: ManifestEntry[] };
    expect(manifest.outputs.map((o) => o.file)).toEqual([...files].sort());
    expect(manifest.outputs).toEqual([...files].sort().map(entry));
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]); // no lock, journal or staging folder left behind
  });

  it('keeps only entries for regular files inside the output folder, each described from its bytes', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'briefing-manifest-'));
    const dir = path.join(base, 'out');
    await mkdir(path.join(base, 'outside'));
    await writeFile(path.join(base, 'outside', 'victim.txt'), 'victim');
    await publishOne(dir, 'kept.html');
    await writeFile(path.join(dir, 'kept.html'), 'edited by hand since');
    await symlink(path.join(base, 'outside', 'victim.txt'), path.join(dir, 'link.html'));
    const planted = ['../outside/victim.txt', path.join(base, 'outside', 'victim.txt'), 'link.html', 'gone.html', 'a/../../outside/victim.txt', 'a\\..\\victim.txt'].map(entry);
    const manifestFile = path.join(dir, 'manifest.json');
    const { outputs } = JSON.parse(await readFile(manifestFile, 'utf8')) as { outputs: ManifestEntry[] };
    await writeFile(manifestFile, JSON.stringify({ outputs: [...outputs, ...planted] }));
    await publishOne(dir, 'new.html');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { outputs: ManifestEntry[] };
    expect(manifest.outputs).toEqual([describeOutput(Buffer.from('edited by hand since'), entry('kept.html')), entry('new.html')]);
  });
});
