import { LANGUAGES, SOURCE } from '../languages/index.js';
import type { Layout } from '../tree/types.js';

/** An edition: which languages it carries, in reading order. */
export interface EditionSpec {
  id: string;
  languages: string[];
  /** Built when a build names no edition or profile. */
  byDefault: boolean;
}

const [first, ...others] = LANGUAGES.filter((l) => l !== SOURCE);
/** Languages with their own translation are default editions; a language converted from another is built when named. */
const own = (language: (typeof LANGUAGES)[number]): boolean => language.conversion === undefined;

/**
 * The editions, from the language table: one per language (named by its id: en, zh, zh-Hant), and a
 * bilingual one per translation language — `bilingual` with the first (English and Chinese),
 * `bilingual-<id>` with each other (bilingual-zh-Hant).
 */
export const EDITIONS: readonly EditionSpec[] = [
  ...LANGUAGES.map((language) => ({ id: language.id, languages: [language.id], byDefault: own(language) })),
  ...(first ? [{ id: 'bilingual', languages: [SOURCE.id, first.id], byDefault: own(first) }] : []),
  ...others.map((language) => ({ id: `bilingual-${language.id}`, languages: [SOURCE.id, language.id], byDefault: own(language) })),
];

export const EDITION_IDS = EDITIONS.map((e) => e.id);

/** The editions a build makes when it names none (en, zh, bilingual). */
export const DEFAULT_EDITION_IDS = EDITIONS.filter((e) => e.byDefault).map((e) => e.id);

export const LAYOUTS: readonly Layout[] = ['parallel', 'interleaved'];

export function editionSpec(id: string): EditionSpec | undefined {
  return EDITIONS.find((e) => e.id === id);
}
