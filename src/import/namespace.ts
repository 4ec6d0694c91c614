import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { COMMON_NS } from '../source/locales.js';
import { AGREEMENTS_DIR } from '../source/folders.js';

/**
 * The locale namespace of a new agreement: its id, unless another agreement (or the UI strings)
 * already uses that name; then id-2, id-3 …
 */
export async function chooseNamespace(root: string, id: string): Promise<string> {
  const taken = new Set([COMMON_NS, ...(await namespacesOfOtherAgreements(root, id))]);
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

/** Read leniently: a broken agreement file is `check`'s business, not a reason to refuse an import. */
async function namespacesOfOtherAgreements(root: string, id: string): Promise<string[]> {
  const folder = path.join(root, AGREEMENTS_DIR);
  const names = await readdir(folder).catch(() => [] as string[]);
  const namespaces: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.yaml') && n !== `${id}.yaml`)) {
    try {
      const data: unknown = parse(await readFile(path.join(folder, name), 'utf8'));
      const namespace = (data as { namespace?: unknown } | null)?.namespace;
      if (typeof namespace === 'string') namespaces.push(namespace);
    } catch {
      continue;
    }
  }
  return namespaces;
}
