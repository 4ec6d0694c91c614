/**
 * Readable, stable ids from the text they name: the same text always gives the same id, and ids
 * match the schema's alphabet (lowercase letters, digits, single hyphens).
 */
import { STOP_WORDS } from './vocabulary.js';

/** "U.S.-China Relations" → "us-china-relations"; letters with accents lose them. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[.'’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The first meaningful words of a heading, before any colon: "The Way Forward: Need for Dialogue"
 * → "way-forward"; words are dropped from the end while the id is longer than `maxLength`.
 */
export function idFromWords(text: string, { maxWords = 3, maxLength = 20 } = {}): string {
  const words = slugify(text.split(/[:：]/)[0]!).split('-').filter(Boolean);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, maxWords);
  while (chosen.length > 1 && chosen.join('-').length > maxLength) chosen.pop();
  return chosen.join('-');
}

/** Hands out ids once: a second "conclusion" becomes "conclusion-2". */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** The next number to try for each wanted id, so that the 1,000th "section" does not try 999 numbers first. */
  private readonly next = new Map<string, number>();

  take(wanted: string): string {
    let id = wanted;
    let n = this.next.get(wanted) ?? 2;
    for (; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.next.set(wanted, n);
    this.used.add(id);
    return id;
  }
}
