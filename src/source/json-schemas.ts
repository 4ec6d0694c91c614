import { z } from 'zod';
import { profileSchema } from '../select/profile.js';
import { ConfigSchema } from './project.js';
import { AgreementSchema } from './schema.js';

/** Where the JSON Schemas of the YAML files are kept, relative to the project root. */
export const SCHEMAS_DIR = 'schemas';

/** The JSON Schema files: each YAML kind, its zod schema, and a title for editors. */
const KINDS = [
  { file: 'agreement.schema.json', schema: AgreementSchema, title: 'Briefing agreement (data/agreements/<id>.yaml)' },
  { file: 'profile.schema.json', schema: profileSchema(), title: 'Briefing delegation packet profile (data/profiles/<id>.yaml)' },
  { file: 'config.schema.json', schema: ConfigSchema, title: 'Briefing project settings (data/config.yaml)' },
];

/**
 * The JSON Schemas of the agreement, profile and config YAML files, generated from the zod schemas the
 * loaders validate with (the input side: fields with defaults are optional). Draft 7, which editors'
 * YAML support (yaml-language-server in VS Code and others) reads. Checks that JSON Schema cannot say
 * (unique ids, sections and tags of the agreement) remain the build's.
 */
export function jsonSchemas(): { file: string; text: string }[] {
  return KINDS.map(({ file, schema, title }) => {
    const { $schema, ...json } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
    return { file, text: `${JSON.stringify({ $schema, title, ...json }, null, 2)}\n` };
  });
}

/**
 * The comment, first in a YAML file, that points editors at its schema: `yamlFile` is the file's path
 * relative to the project root.
 */
export function schemaComment(yamlFile: string, schemaFile: string): string {
  const depth = yamlFile.split(/[\\/]/).length - 1;
  return ` yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMAS_DIR}/${schemaFile}`;
}
