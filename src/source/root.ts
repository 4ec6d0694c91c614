import { existsSync } from 'node:fs';
import path from 'node:path';
import { AGREEMENTS_DIR } from './folders.js';

/**
 * The project folder for a command run in `start`: the nearest folder, from `start` upward, that
 * holds data/agreements (as git and npm find theirs). Without one, `start` itself, whose missing
 * data/agreements the commands then report.
 */
export function findProjectRoot(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, AGREEMENTS_DIR))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start);
  }
}
