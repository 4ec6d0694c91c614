import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './project.js';

const BIN = path.join(REPO_ROOT, 'bin', 'briefing.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Killed after the time limit. */
  timedOut?: boolean;
}

/** Runs the real executable, as `npx briefing` does; with `timeoutMs`, a run that takes longer is killed. */
export async function briefing(args: string[], cwd = REPO_ROOT, timeoutMs?: number): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string; killed?: boolean; signal?: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, timedOut: e.killed === true && e.signal === 'SIGTERM' };
  }
}
