import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startWatch, type WatchSession } from '../../src/watch/session.js';
import { eventually } from './eventually.js';
import { scratchProject } from './project.js';

/** A watch of the English HTML edition on a scratch project, started and past its first build, with what it printed. */
export interface WatchedProject {
  root: string;
  session: WatchSession;
  out: string[];
  err: string[];
  /** The current text of dist/en.html. */
  html: () => Promise<string>;
}

export async function watchScratchProject(options: { debounceMs?: number } = {}): Promise<WatchedProject> {
  const root = await scratchProject();
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (...lines: string[]) => void out.push(...lines), err: (line: string) => void err.push(line) };
  const session = await startWatch({ root, editions: ['en'], profiles: [], allProfiles: false, formats: ['html'], layout: 'parallel', outDir: path.join(root, 'dist'), ...options }, io);
  await eventually(() => out.some((line) => line.startsWith('built ')), 'the first build');
  return { root, session, out, err, html: () => readFile(path.join(root, 'dist', 'en.html'), 'utf8') };
}
