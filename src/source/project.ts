import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, UsageError } from '../errors.js';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { PAPERS } from '../writers/common/paper.js';
import { AGREEMENTS_DIR } from './folders.js';
import { AgreementSchema, Id, type Agreement } from './schema.js';
import { agreementIds } from './walk.js';
import { loadYamlFile } from './yaml-file.js';

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

export const CONFIG_FILE = path.join('data', 'config.yaml');

export const ConfigSchema = z.strictObject({
  /** The agreement commands use when there are several and no --agreement is given. */
  defaultAgreement: Id.optional(),
  /** The paper editions are set on unless --paper or a profile says otherwise. */
  paper: z.enum(PAPERS, { error: (issue) => `unknown paper "${String(issue.input)}" (valid: ${PAPERS.join(', ')})` }).optional(),
});

/** data/config.yaml, if there is one. */
export async function loadConfig(root: string): Promise<z.infer<typeof ConfigSchema>> {
  if (!existsSync(path.join(root, CONFIG_FILE))) return {};
  return loadYamlFile(path.join(root, CONFIG_FILE), CONFIG_FILE, ConfigSchema, 2);
}

/** The agreement commands use without --agreement: the only one there is, or the configured default. */
export async function defaultAgreementId(root: string): Promise<string | undefined> {
  const ids = await listAgreementIds(root);
  return ids.length === 1 ? ids[0] : (await loadConfig(root)).defaultAgreement;
}

/** Loads and validates one agreement; without an id, the only one there is or the configured default. */
export async function loadAgreement(root: string, id?: string): Promise<Agreement> {
  const ids = await listAgreementIds(root);
  const chosen = id ?? (await defaultAgreementId(root));
  if (chosen === undefined) {
    throw new UsageError(
      ids.length === 0
        ? `no agreements in ${AGREEMENTS_DIR}/: add one as <id>.yaml`
        : `several agreements (${ids.join(', ')}): choose one with --agreement ID, or set defaultAgreement in ${CONFIG_FILE}`,
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
  return agreement;
}

/** Every section, block and list-item id in document order. */
export function allIds(agreement: Agreement): string[] {
  return agreementIds(agreement).map((entry) => entry.id);
}
