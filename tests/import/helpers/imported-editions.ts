/**
 * An imported document built into English editions, and its text read back out of each output by
 * readers independent of our writers (pdf.js, mammoth, parse5).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../../src/build/index.js';
import { docxText } from '../../../src/writers/docx/read.js';
import { htmlText } from '../../../src/writers/html/read.js';
import { pdfText } from '../../../src/writers/pdf/read.js';
import { squash } from '../../../src/writers/common/text.js';
import { importAgreement, type ImportReport } from '../../../src/import/index.js';
import { OUTPUT_FORMATS, type Format } from '../../../src/writers/index.js';
import { loadLocaleFile, type LocaleTree } from '../../../src/source/locales.js';
import { loadAgreement } from '../../../src/source/project.js';
import type { Agreement } from '../../../src/source/schema.js';
import { scratchProject } from '../../helpers/project.js';

export interface ImportedEditions {
  report: ImportReport;
  agreement: Agreement;
  english: LocaleTree;
  /** Output file name → its text as a reader sees it (whitespace collapsed) and its raw content. */
  outputs: Map<string, { text: string; raw: string }>;
  /** Output file name → its path. */
  outputFiles: Map<string, string>;
  /** The PDF's /Title, when a PDF was built. */
  pdfTitle?: string;
}

/** Imports FILE as agreement ID into a scratch project and builds the English edition in each format. */
export async function importAndBuild(file: string, id: string, formats: Format[]): Promise<ImportedEditions> {
  const root = await scratchProject();
  const report = await importAgreement({ root, file, id });
  const outDir = await mkdtemp(path.join(tmpdir(), `briefing-${id}-`));
  const { outputs: built } = await build({ root, agreementId: id, editions: ['en'], formats, outDir });
  const outputFiles = new Map(built.map(({ file: name }) => [name, path.join(outDir, name)]));
  const pdf = built.find((output) => output.format === 'pdf');
  return {
    ...(pdf ? { pdfTitle: await pdfTitle(path.join(outDir, pdf.file)) } : {}),
    report,
    outputFiles,
    agreement: await loadAgreement(root, id),
    english: await loadLocaleFile(root, path.join('locales', 'en', `${id}.json`)),
    outputs: await readOutputs(outDir, built.map((output) => output.file)),
  };
}

/**
 * Each output's text as a reader sees it, and its raw content where a raw key or template tag would
 * show: the HTML and Markdown files themselves, the DOCX document part as HTML, the PDF's text.
 */
export async function readOutputs(outDir: string, names: readonly string[]): Promise<Map<string, { text: string; raw: string }>> {
  const outputs = new Map<string, { text: string; raw: string }>();
  for (const name of names) {
    const full = path.join(outDir, name);
    const format = path.extname(name).slice(1);
    if (format === 'pdf') {
      const { text } = await pdfText(full);
      outputs.set(name, { text, raw: text });
    } else if (format === 'docx') {
      const { text, html } = await docxText(full);
      outputs.set(name, { text, raw: html });
    } else if (format === 'md') {
      outputs.set(name, { text: (await OUTPUT_FORMATS.md.searchableTexts(full))[0]!, raw: await readFile(full, 'utf8') });
    } else {
      outputs.set(name, { text: (await htmlText(full)).text, raw: await readFile(full, 'utf8') });
    }
  }
  return outputs;
}

/** Quotes and dashes as typeset, spaces collapsed: the form in which outputs are compared with sources. */
export const comparable = (text: string): string => squash(text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'));

/** What must never reach an output: raw locale keys of the agreement's groups and template syntax. */
export const RAW_MARKS = ['venues.', 'organizations.', 'meta.', '{{'];

async function pdfTitle(file: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const { info } = (await pdf.getMetadata()) as unknown as { info: { Title: string } };
  await pdf.destroy();
  return info.Title;
}
