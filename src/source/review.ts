import { existsSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../errors.js';
import { parseJsonText } from './json-text.js';
import { printable } from './printable.js';
import { readTextFile } from './text-file.js';

/** A translation marked for review: an uncertain name, title or term. */
export interface ReviewFlag {
  file: string;
  key: string;
  reason: string;
}

/**
 * Reads locales/<lang>/<ns>.review.json — `{ "<dotted key>": "<why it needs review>" }` — if it
 * exists. Every key must name a string of the locale, so that a flag never outlives its text.
 */
export async function loadReviewFlags(root: string, lang: string, namespace: string, hasString: (key: string) => boolean): Promise<ReviewFlag[]> {
  const displayName = path.join('locales', lang, `${namespace}.review.json`);
  if (!existsSync(path.join(root, displayName))) return [];
  const flags = parseJsonText(await readTextFile(path.join(root, displayName), displayName), displayName);
  if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) {
    throw new ContentError(displayName, undefined, 'expected an object of "key": "reason" pairs');
  }
  const localeFile = path.join('locales', lang, `${namespace}.json`);
  return Object.entries(flags).map(([key, reason]) => {
    if (typeof reason !== 'string') throw new ContentError(displayName, `key ${printable(key)}`, 'the reason must be a string');
    if (!hasString(key)) {
      throw new ContentError(displayName, `key ${printable(key)}`, `flags a key that ${localeFile} does not have: remove the flag or fix the key`);
    }
    return { file: localeFile, key, reason };
  });
}
