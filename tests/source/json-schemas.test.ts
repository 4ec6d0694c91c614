import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, SCHEMAS_DIR } from '../../src/source/json-schemas.js';
import { REPO_ROOT } from '../helpers/project.js';

const generated = jsonSchemas();
/** Ajv without its format plugin: the schemas' date fields carry a pattern as well. */
const validator = (): Ajv => new Ajv({ allErrors: true, validateFormats: false });

/** Every YAML file the project ships, with the schema its kind has. */
async function shippedYaml(): Promise<{ file: string; schema: string }[]> {
  const inFolder = async (folder: string, schema: string) =>
    (await readdir(path.join(REPO_ROOT, folder))).filter((n) => n.endsWith('.yaml')).map((n) => ({ file: path.join(folder, n), schema }));
  return [
    ...(await inFolder('data/agreements', 'agreement.schema.json')),
    ...(await inFolder('data/profiles', 'profile.schema.json')),
    { file: 'data/config.yaml', schema: 'config.schema.json' },
  ];
}

describe('JSON Schemas of the YAML files', () => {
  it('are committed as generated from the zod schemas (run `npm run schemas` after changing a schema)', async () => {
    expect((await readdir(path.join(REPO_ROOT, SCHEMAS_DIR))).sort()).toEqual(generated.map((s) => s.file).sort());
    for (const { file, text } of generated) expect(await readFile(path.join(REPO_ROOT, SCHEMAS_DIR, file), 'utf8'), file).toBe(text);
  });

  it('are named on the first line of every shipped YAML file, and validate it (Ajv, an independent validator)', async () => {
    const ajv = validator();
    for (const { file, schema } of await shippedYaml()) {
      const text = await readFile(path.join(REPO_ROOT, file), 'utf8');
      const [first] = text.split('\n');
      const reference = /^# yaml-language-server: \$schema=(\S+)$/.exec(first!)?.[1];
      expect(reference, file).toBeDefined();
      expect(path.resolve(REPO_ROOT, path.dirname(file), reference!), file).toBe(path.join(REPO_ROOT, SCHEMAS_DIR, schema));
      const validate = ajv.compile(JSON.parse(await readFile(path.join(REPO_ROOT, SCHEMAS_DIR, schema), 'utf8')) as object);
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('tell an editor about a misspelt field, an unknown edition and a bad id', async () => {
    const ajv = validator();
    const schema = (name: string) => JSON.parse(generated.find((s) => s.file === name)!.text) as object;
    const profile = ajv.compile(schema('profile.schema.json'));
    const good = parse(await readFile(path.join(REPO_ROOT, 'data/profiles/semiconductor-industry.yaml'), 'utf8')) as Record<string, unknown>;
    expect(profile({ ...good, edition: 'fr' })).toBe(false);
    expect(profile.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([['/edition', 'enum']]);
    expect(profile({ ...good, formts: ['pdf'] })).toBe(false);
    expect(profile.errors?.map((e) => [e.keyword, e.params])).toEqual([['additionalProperties', { additionalProperty: 'formts' }]]);
    const config = ajv.compile(schema('config.schema.json'));
    expect(config({ defaultAgreement: 'Track 2' })).toBe(false);
    expect(config.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([['/defaultAgreement', 'pattern']]);
  });
});
