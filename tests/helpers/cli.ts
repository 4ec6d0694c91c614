import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './project.js';

const BIN = path.join(REPO_ROOT, 'bin', 'briefing.cjs');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Killed after the time limit. */
  timedOut?: boolean;
}

/** How a run differs from the default: extra environment variables; a time limit after which it is killed. */
export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs the real executable, as `npx briefing` does (stdout and stderr are pipes: no colour unless `env` forces it). */
export async function briefing(args: string[], cwd = REPO_ROOT, { env = {}, timeoutMs }: RunOptions = {}): Promise<Run> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'FORCE_COLOR'));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd, env: { ...inherited, ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string; killed?: boolean; signal?: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, timedOut: e.killed === true && e.signal === 'SIGTERM' };
  }
}
