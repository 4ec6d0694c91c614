import { TITLE_SMALL_WORDS } from './vocabulary.js';

const KEEP_UPPER = /^(?:[IVX]+|.*\..*)$/; // Roman numerals (Track II) and dotted abbreviations (U.S.)

/**
 * "U.S.-CHINA TRACK II DIALOGUE ON THE DIGITAL ECONOMY" → "U.S.-China Track II Dialogue on the
 * Digital Economy". Only text in capitals is changed: other text is as its authors wrote it.
 */
export function fromAllCaps(text: string): string {
  if (!/\p{Lu}/u.test(text) || /\p{Ll}/u.test(text)) return text;
  return text
    .split(' ')
    .map((word, w) =>
      word
        .split('-')
        .map((part, p) => {
          if (KEEP_UPPER.test(part)) return part;
          const lower = part.toLowerCase();
          if ((w > 0 || p > 0) && TITLE_SMALL_WORDS.has(lower)) return lower;
          return lower.charAt(0).toUpperCase() + lower.slice(1);
        })
        .join('-'),
    )
    .join(' ');
}
