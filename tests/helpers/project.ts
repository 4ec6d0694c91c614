import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const AGREEMENT_FILE = path.join('data', 'agreements', 'track2-digital-economy-2021.yaml');
export const EN_LOCALE_FILE = path.join('locales', 'en', 'track2-2021.json');

/** A scratch copy of the project's data, locales and templates, for feeding broken input. */
export async function scratchProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'briefing-project-'));
  for (const dir of ['data', 'locales', 'templates']) await cp(path.join(REPO_ROOT, dir), path.join(root, dir), { recursive: true });
  return root;
}

/** Replaces `from` (which must occur) with `to` in a file of a scratch project. */
export async function edit(root: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const full = path.join(root, file);
  const text = await readFile(full, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`edit: ${String(from)} not found in ${file}`);
  await writeFile(full, changed);
}
