import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Non-blocking: opening a named pipe for reading would otherwise wait for a writer. */
const OWN_FILE_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Nothing to read: no file, or a symbolic link (ELOOP); any other error is one. */
function absent(error: unknown): undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ELOOP') return undefined;
  throw error;
}

/**
 * The text of a file the tool keeps in an output folder (manifest.json, the records of inputs and of
 * the last build, the publish journal and lock), or undefined when there is none — or when what has
 * that name is not a regular file. A symbolic link is not followed (it may point outside the folder)
 * and a named pipe or device is not read (it would never end): neither is a file this tool wrote,
 * and the next publish replaces it with one.
 */
export async function readOwnFile(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, OWN_FILE_FLAGS);
  } catch (error) {
    return absent(error);
  }
  try {
    return (await handle.stat()).isFile() ? await handle.readFile('utf8') : undefined;
  } finally {
    await handle.close();
  }
}

/** readOwnFile, synchronously: for the no-change path of `build` (build/up-to-date.ts), which answers before anything else loads. */
export function readOwnFileSync(file: string): string | undefined {
  let fd;
  try {
    fd = openSync(file, OWN_FILE_FLAGS);
  } catch (error) {
    return absent(error);
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd, 'utf8') : undefined;
  } finally {
    closeSync(fd);
  }
}
