import path from 'node:path';
import { ContentError, UsageError } from '../../errors.js';
import { readRegularFile } from '../../source/text-file.js';
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
  // Checked before reading: a regular file of at most 10 MB (README, input rules).
  const content = await readRegularFile(file, displayName, { what: 'imported files', exitCode: 2, advice: 'check the path' });
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
