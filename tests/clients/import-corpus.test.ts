/**
 * Every document of the shared corpus imported and built in all three formats (npm test builds one
 * per document), each output read by a real client: pdftotext (poppler) and qpdf for the PDF,
 * LibreOffice for the DOCX, and the HTML as parsed by parse5. Every paragraph of a text source is in
 * every output, list numbering as printed, and no raw key or template tag is.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { squash } from '../../src/writers/common/text.js';
import { CORPUS } from '../helpers/corpus.js';
import { CORPUS_DOCUMENTS, sourceParagraphs } from '../import/helpers/corpus-documents.js';
import { comparable, importAndBuild, RAW_MARKS, type ImportedEditions } from '../import/helpers/imported-editions.js';

const run = promisify(execFile);

/**
 * The body text as poppler's pdftotext reads it (the running header and footer bands of the A4 page
 * cropped off, so that a paragraph across a page break reads on).
 */
async function popplerText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-x', '0', '-y', '56', '-W', '2000', '-H', '730', file, '-']);
  return squash(stdout.replace(/\f/g, ' '));
}

/** The DOCX as LibreOffice reads it, converted to plain text. */
async function libreOfficeText(file: string): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'briefing-lo-'));
  await run('soffice', ['-env:UserInstallation=file:///tmp/lo-profile-import', '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', outDir, file], { timeout: 120_000 });
  return squash(await readFile(path.join(outDir, `${path.basename(file, '.docx')}.txt`), 'utf8'));
}

describe.each(CORPUS_DOCUMENTS)('$file imported and built in every format', ({ file }) => {
  let imported: ImportedEditions;

  beforeAll(async () => {
    imported = await importAndBuild(path.join(CORPUS, file), file.replace(/\.en\.\w+$/, '').replace(/\./g, '-'), ['pdf', 'docx', 'html']);
  });

  it('opens in the clients, with every paragraph of the source and no raw key', async () => {
    expect([...imported.outputs.keys()]).toEqual(['en.pdf', 'en.docx', 'en.html']);
    const pdf = imported.outputFiles.get('en.pdf')!;
    await run('qpdf', ['--check', pdf]);
    const texts = {
      pdf: await popplerText(pdf),
      docx: await libreOfficeText(imported.outputFiles.get('en.docx')!),
      html: imported.outputs.get('en.html')!.text,
    };
    const paragraphs = file.endsWith('.pdf') ? [] : sourceParagraphs(path.join(CORPUS, file));
    // pdftotext drops or keeps a hyphen at a line end ("ATTORNEY-" / "CLIENT", "non‐ political") and joins the
    // lines with a space: the PDF is compared without hyphens and spacing, every other character in order.
    const unhyphenated = (format: string, text: string): string => (format === 'pdf' ? text.replace(/[\s\-\u2010]+/g, '') : text);
    for (const [format, text] of Object.entries(texts)) {
      for (const paragraph of paragraphs) expect(unhyphenated(format, comparable(text)), `${format}: ${paragraph.slice(0, 60)}`).toContain(unhyphenated(format, paragraph));
      for (const mark of RAW_MARKS) expect(text, format).not.toContain(mark);
    }
  });
});
