/**
 * Golden structure tests, after Pandoc's: the pdfmake document definition as JSON, the DOCX parts
 * as XML, one element per line, and the HTML as the writer makes it (without the embedded fonts), so that an unintended change to the layout shows as a readable diff.
 * After an intended change, review the diff and run `UPDATE_GOLDEN=1 npm test` to accept it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeDocument, openProject } from '../../src/compose/project.js';
import { editionSpec } from '../../src/select/editions.js';
import { selectContent } from '../../src/select/selection.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writeHtml } from '../../src/writers/html/index.js';
import { pdfDefinition } from '../../src/writers/pdf/document.js';
import { REPO_ROOT } from '../helpers/project.js';

const GOLDEN = path.join(import.meta.dirname, 'files');
const update = process.env.UPDATE_GOLDEN === '1';

async function golden(name: string, actual: string): Promise<void> {
  const file = path.join(GOLDEN, name);
  if (update) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, actual);
  }
  if (!existsSync(file)) throw new Error(`no golden file ${path.relative(REPO_ROOT, file)}: run UPDATE_GOLDEN=1 npm test and review it`);
  expect(actual).toBe(await readFile(file, 'utf8'));
}

async function tree(edition: string): Promise<DocumentTree> {
  const spec = editionSpec(edition)!;
  const project = await openProject(REPO_ROOT, undefined, spec.languages);
  return composeDocument(project, { edition: spec, layout: 'parallel', components: ['agreement', 'participants'], selection: selectContent(project.agreement) });
}

/** Functions (layouts, header, footer) cannot be compared: they are shown by name. */
const definitionJson = (value: unknown): string => `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'function' ? `[function ${v.name || 'anonymous'}]` : v), 1)}\n`;

/** The HTML with its stylesheet and script reduced to their size: the golden shows the markup, not the writer's constants again. */
const htmlMarkup = (html: string): string =>
  html.replace(/(<style>|<script>)([^]*?)(<\/style>|<\/script>)/g, (_all, open: string, body: string, close: string) => `${open}/* ${body.length} characters */${close}`);

/** XML with one element per line. */
const xmlLines = (xml: string): string => `${xml.replace(/></g, '>\n<')}\n`;

describe.each(['en', 'bilingual'])('%s edition', (edition) => {
  it('pdfmake document definition', async () => {
    await golden(`${edition}.pdf-definition.json`, definitionJson(pdfDefinition(await tree(edition))));
  });

  it.each(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml', 'word/header1.xml', 'word/footer1.xml'])('DOCX part %s', async (part) => {
    const parts = unzipSync(new Uint8Array(await writeDocx(await tree(edition))));
    expect(Object.keys(parts)).toContain(part);
    await golden(`${edition}.docx/${part}`, xmlLines(strFromU8(parts[part]!)));
  });

  it('HTML markup (the stylesheet and script by size only: their text is src/writers/html/theme.ts and language-switch.ts)', async () => {
    await golden(`${edition}.html`, htmlMarkup(writeHtml(await tree(edition))));
  });
});
