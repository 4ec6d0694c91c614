import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isRunning } from './folder-lock.js';

/**
 * Writes to a temporary file in the same folder, then renames it into place: a reader, or a
 * build killed half-way, never sees a truncated file under the final name.
 */
export async function writeFileAtomic(file: string, content: Buffer | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes the temporary files that builds killed half-way left in a folder; those of builds still
 * running (another process writing into the same folder) are left alone.
 */
export async function removeStaleTemporaryFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return; // no folder yet
  }
  await Promise.all(
    names.map((name) => {
      const pid = TEMP_NAME.exec(name)?.[1];
      return pid !== undefined && !isRunning(Number(pid)) ? rm(path.join(dir, name), { force: true }) : undefined;
    }),
  );
}
