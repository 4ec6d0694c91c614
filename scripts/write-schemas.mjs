// Writes schemas/*.schema.json from the zod schemas (npm run schemas); a test fails when they are out of date.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemas, SCHEMAS_DIR } from '../lib/source/json-schemas.js';

const dir = path.join(import.meta.dirname, '..', SCHEMAS_DIR);
await mkdir(dir, { recursive: true });
for (const { file, text } of jsonSchemas()) {
  await writeFile(path.join(dir, file), text);
  console.log(`wrote ${SCHEMAS_DIR}/${file}`);
}
