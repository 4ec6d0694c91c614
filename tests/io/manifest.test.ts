import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOutput, writeManifest, type ManifestEntry } from '../../src/io/manifest.js';
import { writeFileAtomic } from '../../src/io/atomic.js';

const entry = (file: string): ManifestEntry =>
  describeOutput(Buffer.from(file), { file, format: 'html', edition: 'en', profile: null, languages: ['en'], sections: [], components: [] });

describe('manifest.json', () => {
  it('keeps the entries of concurrent builds into one folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefing-manifest-'));
    const files = Array.from({ length: 12 }, (_, i) => `out-${i}.html`);
    await Promise.all(files.map((file) => writeFileAtomic(path.join(dir, file), file)));
    // Twelve builds finishing at once, each writing its own output's entry.
    await Promise.all(files.map((file) => writeManifest(dir, [entry(file)])));
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { outputs: ManifestEntry[] };
    expect(manifest.outputs.map((o) => o.file)).toEqual([...files].sort());
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]); // no lock or temporary file left behind
  });
});
