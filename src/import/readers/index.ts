import path from 'node:path';
import { BriefingError, ContentError, UsageError } from '../../errors.js';
import { readRegularFile } from '../../source/text-file.js';
import type { SourceDocument } from '../source-document.js';

/**
 * The readers by file extension: each makes the one intermediate document (source-document.ts)
 * that structure detection works on. Loaded on use: mammoth and pdf.js are large.
 */
interface Reader {
  /** The message when the file cannot be read: what to do about it. */
  unreadable: string;
  read: (content: Buffer, displayName: string) => Promise<SourceDocument>;
}

const html: Reader = { unreadable: 'not a readable HTML file: save the page again as HTML', read: async (content) => (await import('./html.js')).readHtml(decodeText(content), { printNumbers: true }) };

const READERS: Record<string, Reader> = {
  '.txt': { unreadable: 'not readable as UTF-8 text: save it as UTF-8', read: async (content) => (await import('./markdown.js')).readMarkdown(decodeText(content), { plainText: true }) },
  '.md': { unreadable: 'not readable as UTF-8 Markdown: save it as UTF-8', read: async (content) => (await import('./markdown.js')).readMarkdown(decodeText(content), { plainText: false }) },
  '.html': html,
  '.htm': html,
  '.docx': { unreadable: 'not a readable Word file: open it in Word and save it again as .docx', read: async (content, displayName) => (await import('./docx.js')).readDocx(content, displayName) },
  '.pdf': { unreadable: 'not a readable PDF file: open it in a PDF reader and save or print it again as PDF', read: async (content, displayName) => (await import('./pdf.js')).readPdf(content, displayName) },
};

export const IMPORT_EXTENSIONS = Object.keys(READERS);

const decodeText = (content: Buffer): string => content.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Reads FILE by its extension; `displayName` is the path as the user gave it, for messages. */
export async function readSource(file: string, displayName: string): Promise<SourceDocument> {
  const extension = path.extname(file).toLowerCase();
  const reader = READERS[extension];
  if (reader === undefined) {
    throw new UsageError(`${displayName}: cannot import "${extension || 'no extension'}" files: give a ${IMPORT_EXTENSIONS.join(', ')} file`);
  }
  // Checked before reading: a regular file of at most 10 MB (README, input rules).
  const content = await readRegularFile(file, displayName, { what: 'imported files', exitCode: 2, advice: 'check the path' });
  let document: SourceDocument;
  try {
    document = await reader.read(content, displayName);
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    throw new ContentError(displayName, undefined, reader.unreadable, 2);
  }
  if (document.blocks.length === 0) throw new ContentError(displayName, undefined, 'no text found: is this the right file?', 2);
  return document;
}
