import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUTS_FILE } from '../../src/build/inputs.js';
import { LAST_BUILD_FILE } from '../../src/build/up-to-date.js';
import { briefing } from '../helpers/cli.js';
import { REPO_ROOT, scratchProject } from '../helpers/project.js';

const BIN = path.join(REPO_ROOT, 'bin', 'briefing.js');

/** The files under their final names (temporary files start with a dot). */
async function finalFiles(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name))] as const)));
}

describe('a build killed at any moment', () => {
  it('never leaves a truncated file under a final name, nor removes the last good one', async () => {
    const root = await scratchProject();
    const args = ['build', '--root', root, '--edition', 'en', '--edition', 'zh'];
    expect((await briefing(args)).code).toBe(0);
    const good = await finalFiles(path.join(root, 'dist'));
    expect([...good.keys()]).toEqual(['en.docx', 'en.html', 'en.pdf', 'manifest.json', 'zh.docx', 'zh.html', 'zh.pdf']);
    // Same inputs give the same bytes, so after every kill each final file must still equal its last good version.
    for (const delay of [100, 400, 800, 1200, 1600, 2000, 2500]) {
      // --force: unchanged outputs would otherwise be skipped, and nothing written that a kill could cut.
      const child = spawn(process.execPath, [BIN, ...args, '--force'], { stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await once(child, 'exit');
      clearTimeout(timer);
      const now = await finalFiles(path.join(root, 'dist'));
      expect([delay, [...now.keys()]]).toEqual([delay, [...good.keys()]]);
      for (const [name, content] of good) expect([delay, name, now.get(name)!.equals(content)]).toEqual([delay, name, true]);
    }
    // The next build clears the temporary files the killed ones left behind (the records of inputs and of the last build stay).
    expect((await briefing([...args, '--force'])).code).toBe(0);
    expect((await readdir(path.join(root, 'dist'))).filter((name) => name.startsWith('.')).sort()).toEqual([INPUTS_FILE, LAST_BUILD_FILE]);
  });
});
