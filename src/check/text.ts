import { stripInlineMarkup } from '../compose/inline-markup.js';

/** Han and full-width characters take two columns of a terminal. */
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/** A string cut to about `columns` terminal columns for a report line. */
export function shorten(text: string, columns = 60): string {
  const plain = stripInlineMarkup(text).replace(/\s+/g, ' ').trim();
  let width = 0;
  let out = '';
  for (const char of plain) {
    width += WIDE.test(char) ? 2 : 1;
    if (width > columns - 1) return `${out}…`;
    out += char;
  }
  return out;
}
