import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { INPUTS_FILE, type InputRecord } from '../../src/build/inputs.js';
import type { ManifestEntry } from '../../src/io/manifest.js';

/** The published files of an output folder (outputs, manifest.json, the record of inputs): what a reader sees. */
export async function publishedFiles(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.') || name === INPUTS_FILE).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name))] as const)));
}

/** What a publish uses while it runs (staging folders, journal, lock): none may be left once it is done or recovered. */
export async function publishingLeftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => /^\.briefing-(staging-|publish\.)/.test(name));
}

/** Whether two sets of files are the same names with the same bytes. */
export function sameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([name, content]) => b.get(name)?.equals(content) === true);
}

/**
 * Asserts that manifest.json describes exactly the outputs on disk — every file it names, with its
 * size and SHA-256, and no other — and that the record of inputs has the same sizes.
 */
export function expectManifestMatches(files: Map<string, Buffer>): void {
  const { outputs } = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { outputs: ManifestEntry[] };
  const onDisk = [...files.keys()].filter((name) => !name.startsWith('.') && name !== 'manifest.json');
  expect(outputs.map((o) => o.file)).toEqual(onDisk);
  for (const output of outputs) {
    const content = files.get(output.file)!;
    expect([output.file, output.bytes, output.sha256]).toEqual([output.file, content.length, createHash('sha256').update(content).digest('hex')]);
  }
  const record = JSON.parse(files.get(INPUTS_FILE)!.toString('utf8')) as InputRecord;
  for (const output of outputs) expect([output.file, record[output.file]?.bytes]).toEqual([output.file, output.bytes]);
}
