import { stripInlineMarkup } from '../compose/inline-markup.js';
import { isHanCharacter } from '../fonts/index.js';


/** A string cut to about `columns` terminal columns for a report line. */
export function shorten(text: string, columns = 60): string {
  const plain = stripInlineMarkup(text).replace(/\s+/g, ' ').trim();
  let width = 0;
  let out = '';
  for (const char of plain) {
    width += isHanCharacter(char) ? 2 : 1 /* Han and full-width characters take two terminal columns */;
    if (width > columns - 1) return `${out}…`;
    out += char;
  }
  return out;
}
