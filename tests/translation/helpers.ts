import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { flattenLocale, type LocaleTree } from '../../src/source/locales.js';

export interface Ran {
  code: number;
  out: string;
  err: string;
}

/** The CLI in-process (the same main() as bin/briefing.cjs), with its output captured. */
export async function run(...argv: string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (...lines) => out.push(...lines), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A locale file as key → string. */
export async function strings(root: string, file: string): Promise<Map<string, string>> {
  const tree = JSON.parse(await readFile(path.join(root, file), 'utf8')) as LocaleTree;
  return new Map(flattenLocale(tree).map(({ key, text }) => [key, text]));
}

/** Every file under locales/ with its content, to show that nothing was written. */
export async function snapshot(root: string): Promise<Record<string, string>> {
  const files = await readdir(path.join(root, 'locales'), { recursive: true, withFileTypes: true });
  const entries = await Promise.all(
    files.filter((f) => f.isFile()).map(async (f) => [path.relative(root, path.join(f.parentPath, f.name)), await readFile(path.join(f.parentPath, f.name), 'utf8')] as const),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}
