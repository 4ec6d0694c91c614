import { isHanLanguage } from '../../fonts/index.js';

/** How an ordered list's number is written at one level: 1. / a) / （1）. */
export interface OrderedMark {
  format: 'decimal' | 'lower-alpha' | 'lower-roman';
  prefix: string;
  suffix: string;
}

/** A bullet's shape at one level, with the character that draws it where a format needs one. */
export interface BulletMark {
  shape: 'disc' | 'circle' | 'square';
  char: string;
}

export interface ListMarks {
  bullets: readonly BulletMark[];
  ordered: readonly OrderedMark[];
}

export const BULLETS: readonly BulletMark[] = [
  { shape: 'disc', char: '•' },
  { shape: 'circle', char: '◦' },
  { shape: 'square', char: '▪' },
];

/** English: 1. / a) / i. — bullets •, ◦, ▪ by level. */
const latinMarks: ListMarks = {
  bullets: BULLETS,
  ordered: [
    { format: 'decimal', prefix: '', suffix: '.' },
    { format: 'lower-alpha', prefix: '', suffix: ')' },
    { format: 'lower-roman', prefix: '', suffix: '.' },
  ],
};

/**
 * Chinese: numbered items follow the levels of GB/T 9704 (the national standard for official
 * documents: 一、 （一） 1. （1）); a list inside the text takes its two list levels, 1. and
 * （1） with full-width parentheses, then a. for a rare third level. Chinese typography has no
 * bullet of its own: the marks change by level (•, ◦, ▪) as Chinese word processors offer them.
 */
const hanMarks: ListMarks = {
  bullets: BULLETS,
  ordered: [
    { format: 'decimal', prefix: '', suffix: '.' },
    { format: 'decimal', prefix: '（', suffix: '）' },
    { format: 'lower-alpha', prefix: '', suffix: '.' },
  ],
};

export function listMarksFor(lang: string): ListMarks {
  return isHanLanguage(lang) ? hanMarks : latinMarks;
}

/** The mark of a level, the deepest one repeating for lists nested further. */
export const markAt = <T>(marks: readonly T[], level: number): T => marks[Math.min(level, marks.length - 1)]!;

const NUMERALS: Record<OrderedMark['format'], string> = { decimal: '0123456789', 'lower-alpha': 'abcdefghijklmnopqrstuvwxyz', 'lower-roman': 'ivxlcdm' };

/** Every character a language's list marks may draw (bullets, numerals, their prefixes and suffixes). */
export function markCharacters(lang: string): string {
  const { bullets, ordered } = listMarksFor(lang);
  return [...bullets.map((b) => b.char), ...ordered.map((o) => o.prefix + NUMERALS[o.format] + o.suffix)].join('');
}
