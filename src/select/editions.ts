import type { Layout } from '../tree/types.js';

/** A standard edition: which languages it carries, in reading order. */
export interface EditionSpec {
  id: string;
  languages: string[];
}

export const STANDARD_EDITIONS: readonly EditionSpec[] = [
  { id: 'en', languages: ['en'] },
  { id: 'zh', languages: ['zh'] },
  { id: 'bilingual', languages: ['en', 'zh'] },
];

export const EDITION_IDS = STANDARD_EDITIONS.map((e) => e.id);

export const LAYOUTS: readonly Layout[] = ['parallel', 'interleaved'];

export function editionSpec(id: string): EditionSpec | undefined {
  return STANDARD_EDITIONS.find((e) => e.id === id);
}
