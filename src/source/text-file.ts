import { open } from 'node:fs/promises';
import { ContentError, type ExitCode } from '../errors.js';
import { placeAt } from './place.js';

/** Source files are written by hand; one this large is the wrong file, and parsing it would only be slow. */
export const MAX_SOURCE_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Reads a source file (YAML, JSON, TSV) as UTF-8 text. A file that cannot be read is bad input
 * (exit 2); one that is too large or not UTF-8 is bad content (`exitCode`).
 */
export async function readTextFile(file: string, displayName: string, exitCode: ExitCode = 1): Promise<string> {
  let bytes: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_SOURCE_FILE_BYTES) {
        throw new ContentError(displayName, undefined, `the file is ${(size / 1024 / 1024).toFixed(1)} MB; source files are limited to ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MB: check that this is the right file`, exitCode);
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ContentError(displayName, undefined, `cannot read the file (${code}): create or restore it, or check --root`, 2);
  }
  return decodeUtf8(bytes, displayName, exitCode);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes as text; bytes that are not UTF-8 are an error at their line and column, never replaced silently. */
export function decodeUtf8(bytes: Uint8Array, displayName: string, exitCode: ExitCode = 1): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const before = textBeforeInvalidUtf8(bytes);
    const bad = bytes[Buffer.byteLength(before, 'utf8')]!;
    const shown = before.replace(/^\uFEFF/, '');
    const place = placeAt(shown, shown.length);
    throw new ContentError(displayName, place, `invalid UTF-8 (byte 0x${bad.toString(16).toUpperCase().padStart(2, '0')}): save the file as UTF-8 text`, exitCode);
  }
}

/**
 * The complete characters before the first invalid UTF-8 sequence. Decoding a prefix as a stream
 * tolerates a character cut at its end but not an invalid byte, so validity falls off at one
 * length: a binary search finds it, and the stream decoder returns the text before it.
 */
function textBeforeInvalidUtf8(bytes: Uint8Array): string {
  const decoder = (): TextDecoder => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const decodes = (length: number): boolean => {
    try {
      decoder().decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(middle)) low = middle;
    else high = middle - 1;
  }
  return decoder().decode(bytes.subarray(0, low), { stream: true });
}
