import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, UsageError } from '../errors.js';
import { AgreementSchema, type Agreement, type Block, type ListItem } from './schema.js';
import { loadYamlFile } from './yaml-file.js';

export const AGREEMENTS_DIR = path.join('data', 'agreements');

/** Ids of the agreements under data/agreements (file names without .yaml), sorted. */
export async function listAgreementIds(root: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(path.join(root, AGREEMENTS_DIR));
  } catch {
    throw new UsageError(`no ${AGREEMENTS_DIR}/ folder under ${path.resolve(root)}: pass --root with the project folder`);
  }
  return names.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)).sort();
}

/** Loads and validates one agreement; without an id, the only one there is. */
export async function loadAgreement(root: string, id?: string): Promise<Agreement> {
  const ids = await listAgreementIds(root);
  const chosen = id ?? (ids.length === 1 ? ids[0] : undefined);
  if (chosen === undefined) {
    throw new UsageError(
      ids.length === 0
        ? `no agreements in ${AGREEMENTS_DIR}/: add one as <id>.yaml`
        : `several agreements (${ids.join(', ')}): choose one with --agreement ID`,
    );
  }
  if (!ids.includes(chosen)) {
    throw new UsageError(`unknown agreement "${chosen}": known agreements are ${ids.join(', ') || '(none)'}`);
  }
  const displayName = path.join(AGREEMENTS_DIR, `${chosen}.yaml`);
  const agreement = await loadYamlFile(path.join(root, displayName), displayName, AgreementSchema);
  if (agreement.id !== chosen) {
    throw new ContentError(displayName, undefined, `id: "${agreement.id}" must match the file name "${chosen}"`);
  }
  assertUniqueIds(agreement, displayName);
  return agreement;
}

/** Every block, list item and section id in document order. */
export function allIds(agreement: Agreement): string[] {
  const ids: string[] = [];
  const visitItems = (items: ListItem[]): void => {
    for (const item of items) {
      ids.push(item.id);
      if (item.items) visitItems(item.items);
    }
  };
  const visitBlocks = (blocks: Block[]): void => {
    for (const block of blocks) {
      ids.push(block.id);
      if (block.type === 'list') visitItems(block.items);
      if (block.type === 'group') visitBlocks(block.blocks);
    }
  };
  for (const section of agreement.sections) {
    ids.push(section.id);
    visitBlocks(section.blocks);
  }
  return ids;
}

function assertUniqueIds(agreement: Agreement, displayName: string): void {
  const seen = new Set<string>();
  for (const id of allIds(agreement)) {
    if (seen.has(id)) throw new ContentError(displayName, undefined, `id "${id}" is used twice: section and block ids must be unique`);
    seen.add(id);
  }
  const people = new Set<string>();
  for (const person of agreement.delegations.flatMap((d) => d.people)) {
    if (people.has(person.id)) throw new ContentError(displayName, undefined, `person id "${person.id}" is used twice`);
    people.add(person.id);
  }
}
