import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './project.js';

const BIN = path.join(REPO_ROOT, 'bin', 'briefing.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real executable, as `npx briefing` does (stdout and stderr are pipes: no colour unless `env` forces it). */
export async function briefing(args: string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'FORCE_COLOR'));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd, env: { ...inherited, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

