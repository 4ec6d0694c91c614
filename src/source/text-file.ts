import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { ContentError, type ExitCode } from '../errors.js';
import { placeAt } from './place.js';

/** Source files are written by hand; one this large is the wrong file, and parsing it would only be slow. */
export const MAX_SOURCE_FILE_BYTES = 10 * 1024 * 1024;

/** What a path is when it is not a regular file, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

export interface ReadLimits {
  /** What a too-large file is called in the message (default "source files"). */
  what?: string;
  /** Exit code of a file too large (default 1: bad content). */
  exitCode?: ExitCode;
  /** What to do when the file cannot be opened. */
  advice?: string;
}

/**
 * The bytes of a regular file of at most 10 MB, checked before anything is read: a named pipe, a
 * device (a link to /dev/zero) or a socket would block or never end, so each is refused with one
 * line (exit 2). The file is opened without blocking and checked through its handle, so that what
 * is checked is what is read.
 */
export async function readRegularFile(file: string, displayName: string, limits: ReadLimits = {}): Promise<Buffer> {
  const { what = 'source files', exitCode = 1, advice = 'create or restore it, or check --root' } = limits;
  const notRegular = (stats: Stats): ContentError => new ContentError(displayName, undefined, `not a regular file but ${kindOf(stats)}: give a text file`, 2);
  // A socket cannot be opened at all: say what it is rather than ENXIO.
  const found = await stat(file).catch(() => undefined);
  if (found && !found.isFile()) throw notRegular(found);
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ContentError(displayName, undefined, `cannot read the file (${code}): ${advice}`, 2);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notRegular(stats);
    if (stats.size > MAX_SOURCE_FILE_BYTES) {
      throw new ContentError(displayName, undefined, `the file is ${(stats.size / 1024 / 1024).toFixed(1)} MB; ${what} are limited to ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MB: check that this is the right file`, exitCode);
    }
    return await handle.readFile();
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ContentError(displayName, undefined, `cannot read the file (${code}): ${advice}`, 2);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a source file (YAML, JSON, TSV, template) as UTF-8 text. A file that cannot be read is bad
 * input (exit 2); one that is too large or not UTF-8 is bad content (`exitCode`).
 */
export async function readTextFile(file: string, displayName: string, exitCode: ExitCode = 1): Promise<string> {
  return decodeUtf8(await readRegularFile(file, displayName, { exitCode }), displayName, exitCode);
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
