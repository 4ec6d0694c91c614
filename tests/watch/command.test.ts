import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, scratchProject } from '../helpers/project.js';

/** The real executable in its own process, so that Ctrl-C is a real SIGINT. */
const BIN = path.join(REPO_ROOT, 'bin', 'briefing.cjs');

describe('briefing watch as a command', () => {
  it('builds, then stops on Ctrl-C with exit code 0', async () => {
    const root = await scratchProject();
    const child = spawn(process.execPath, [BIN, 'watch', '--root', root, '--edition', 'en', '--format', 'html'], { cwd: REPO_ROOT });
    let stdout = '';
    let interrupted = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!interrupted && /^built /m.test(stdout)) interrupted = child.kill('SIGINT'); // once: a second Ctrl-C would find the default action again
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^watching .*\nbuilt en\.html in \d+\.\d s\nstopped watching\n$/);
  });
});
