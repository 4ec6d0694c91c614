/** A Word file of the 2021 agreement imports to exactly what its plain text imports to. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importAgreement } from '../../src/import/index.js';
import { readSource } from '../../src/import/readers/index.js';
import { SOURCE_FILE } from '../helpers/source-text.js';
import { docxFromText } from './helpers/documents.js';

describe('briefing import of a .docx', () => {
  let docxFile: string;
  const files = async (root: string, id: string): Promise<{ yaml: string; json: string }> => ({
    yaml: (await readFile(path.join(root, 'data', 'agreements', `${id}.yaml`), 'utf8')).replace(/^#.*\n/gm, ''),
    json: await readFile(path.join(root, 'locales', 'en', `${id}.json`), 'utf8'),
  });

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefing-import-docx-'));
    docxFile = path.join(dir, 'agreement.docx');
    // In the Word file the two implementations are indented a level, as in the original document.
    const text = await readFile(SOURCE_FILE, 'utf8');
    await writeFile(docxFile, await docxFromText(text, { subItems: ['Export restrictions on semiconductors', 'Joint venture requirements'] }));
  });

  it('reads headings, bold runs, bullet levels and tab-separated participants', async () => {
    const { blocks } = await readSource(docxFile, 'agreement.docx');
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'U.S.-CHINA TRACK II DIALOGUE ON THE DIGITAL ECONOMY' });
    expect(blocks).toContainEqual({ kind: 'heading', level: 1, text: 'The Importance of a Global Digital Economy' });
    expect(blocks).toContainEqual({ kind: 'paragraph', lines: ['Dennis Blair\tKnott Distinguished Visiting Professor, Department of Peace, War and Defense, University of North Carolina at Chapel Hill'] });
    const nested = blocks.find((b) => b.kind === 'list' && b.items.some((item) => item.items.length > 0));
    expect(nested?.kind === 'list' && nested.items[1]!.text).toMatch(/^<strong>Define how both nations can agree on clear and transparent definitions of national security<\/strong> so as/);
    expect(nested?.kind === 'list' && nested.items[1]!.items.map((item) => item.text.slice(0, 30))).toEqual(['Export restrictions on semicon', 'Joint venture requirements, ex']);
  });

  it('imports to the same data and English strings as the plain text', async () => {
    const [fromText, fromDocx] = [await mkdtemp(path.join(tmpdir(), 'briefing-import-')), await mkdtemp(path.join(tmpdir(), 'briefing-import-'))];
    await importAgreement({ root: fromText, file: SOURCE_FILE, id: 'agreement' });
    await importAgreement({ root: fromDocx, file: docxFile, id: 'agreement' });
    expect(await files(fromDocx, 'agreement')).toEqual(await files(fromText, 'agreement'));
  });
});
