import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

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
    // Non-blocking: opening a named pipe for reading would otherwise wait for a writer.
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP') return undefined; // ELOOP: a symbolic link
    throw error;
  }
  try {
    return (await handle.stat()).isFile() ? await handle.readFile('utf8') : undefined;
  } finally {
    await handle.close();
  }
}
