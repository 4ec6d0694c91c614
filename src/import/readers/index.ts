import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, UsageError } from '../../errors.js';
import type { SourceDocument } from '../source-document.js';
import { readDocx } from './docx.js';
import { readMarkdown } from './markdown.js';

export const IMPORT_EXTENSIONS = ['.docx', '.md', '.txt'] as const;

/** Reads FILE by its extension; `displayName` is the path as the user gave it, for messages. */
export async function readSource(file: string, displayName: string): Promise<SourceDocument> {
  const extension = path.extname(file).toLowerCase();
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UsageError(`${displayName}: cannot import "${extension || 'no extension'}" files: give a ${IMPORT_EXTENSIONS.join(', ')} file`);
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    throw new ContentError(displayName, undefined, `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'}): check the path`, 2);
  }
  let document: SourceDocument;
  if (extension === '.docx') {
    try {
      document = await readDocx(content);
    } catch {
      throw new ContentError(displayName, undefined, 'not a readable Word file: open it in Word and save it again as .docx', 2);
    }
  } else {
    document = readMarkdown(content.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { plainText: extension === '.txt' });
  }
  if (document.blocks.length === 0) throw new ContentError(displayName, undefined, 'no text found: is this the right file?', 2);
  return document;
}
