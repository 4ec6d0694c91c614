import { languageFor, type ListMarks, type OrderedMark } from '../../languages/index.js';

export type { ListMarks, OrderedMark, BulletMark } from '../../languages/index.js';

/** A language's list marks by level (the language table's `listMarks`). */
export const listMarksFor = (lang: string): ListMarks => languageFor(lang).listMarks;

/** The mark of a level, the deepest one repeating for lists nested further. */
export const markAt = <T>(marks: readonly T[], level: number): T => marks[Math.min(level, marks.length - 1)]!;

const NUMERALS: Record<OrderedMark['format'], string> = { decimal: '0123456789', 'lower-alpha': 'abcdefghijklmnopqrstuvwxyz', 'lower-roman': 'ivxlcdm' };

/** Every character a language's list marks may draw (bullets, numerals, their prefixes and suffixes). */
export function markCharacters(lang: string): string {
  const { bullets, ordered } = listMarksFor(lang);
  return [...bullets.map((b) => b.char), ...ordered.map((o) => o.prefix + NUMERALS[o.format] + o.suffix)].join('');
}
