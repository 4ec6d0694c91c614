import type { Layout } from '../tree/types.js';

/** A standard edition: which languages it carries, in reading order, and its layout template. */
export interface EditionSpec {
  id: string;
  languages: string[];
  /** templates/<template>.hbs */
  template: string;
}

export const STANDARD_EDITIONS: readonly EditionSpec[] = [
  { id: 'en', languages: ['en'], template: 'edition' },
  { id: 'zh', languages: ['zh'], template: 'edition' },
  { id: 'bilingual', languages: ['en', 'zh'], template: 'bilingual' },
];

export const EDITION_IDS = STANDARD_EDITIONS.map((e) => e.id);

export const LAYOUTS: readonly Layout[] = ['parallel', 'interleaved'];

export function editionSpec(id: string): EditionSpec | undefined {
  return STANDARD_EDITIONS.find((e) => e.id === id);
}
