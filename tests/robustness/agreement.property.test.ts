import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, it } from 'vitest';
import { AgreementSchema } from '../../src/source/schema.js';
import { parseYamlText } from '../../src/source/yaml-file.js';
import { AGREEMENT_FILE, REPO_ROOT } from '../helpers/project.js';
import { edited, joined, jsonish } from './generators.js';
import { loadOrExplain } from './people-errors.js';

const RUNS = { numRuns: 1000 };
const agreementText = readFileSync(path.join(REPO_ROOT, AGREEMENT_FILE), 'utf8');

const yamlFragments = fc.constantFrom(
  ':', ': ', '- ', '\n', '\n  ', '\t', '[', ']', '{', '}', ',', '&a ', '*a', '&b [*b]', '!!binary ', '!!str ', '!foo ', '"', "'", '#', '|\n', '>-\n',
  '---\n', '...\n', '%YAML 1.2\n', '? ', '~', 'null', '0x1F', '1e999', '2021-13-01', 'id: x', 'type: list', 'items: []', '<<: *a', '\u0000', '\uFEFF', '\uD800', '数字',
);

/** Every path to a value inside a plain object tree. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return [at];
}

function replaceAt(value: unknown, at: (string | number)[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

/** The real agreement with one part (a field, a block, a whole section…) replaced by a generated value. */
const agreementData = parseYamlText(agreementText, AGREEMENT_FILE, AgreementSchema);
const agreementPaths = pathsOf(agreementData);
const alteredAgreement = fc
  .record({ path: fc.constantFrom(...agreementPaths), value: jsonish })
  .map(({ path: at, value }) => stringify(replaceAt(agreementData, at, value)));

describe('agreement YAML loader, over generated input', () => {
  const load = (text: string) => loadOrExplain(() => parseYamlText(text, AGREEMENT_FILE, AgreementSchema), AGREEMENT_FILE, 1);

  it('answers edits of the real file with the agreement or one line naming the file', () => {
    fc.assert(fc.property(edited(agreementText, joined(yamlFragments)), (text) => void load(text)), RUNS);
  });

  it('answers the real agreement with any part replaced by a generated value', () => {
    fc.assert(fc.property(alteredAgreement, (text) => void load(text)), RUNS);
  });

  it('answers arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(joined(yamlFragments), fc.string({ unit: 'binary', maxLength: 200 })), (text) => void load(text)), RUNS);
  });
});
