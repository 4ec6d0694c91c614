import path from 'node:path';

/** The folders of a project that outputs are made from: `watch` watches them, the no-change path of `build` hashes them. */
export const SOURCE_FOLDERS: readonly string[] = ['data', 'locales', 'templates'];

/** Where the agreements are; the folder that marks a project's root. */
export const AGREEMENTS_DIR = path.join('data', 'agreements');

/** Where builds write, relative to the project root, unless --out says otherwise. */
export const DEFAULT_OUT_DIR = 'dist';
