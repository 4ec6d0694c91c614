import { HAN_CLASS } from '../../fonts/index.js';

/**
 * A number and the Han character that follows it (its unit or measure word: 2021年, 11月, 18日,
 * 5个) must not be split across lines, as the W3C's Requirements for Chinese Text Layout asks.
 * Unicode line breaking allows a break between a digit and a Han character, so the writers keep
 * these runs together themselves: pdfmake with `noWrap` runs, HTML with a nowrap span. A Latin
 * unit (5G, 7nm) needs nothing: no break is allowed between a digit and a letter.
 */
const NUMBER_AND_UNIT = new RegExp(`\\d+(?:[.,]\\d+)*[${HAN_CLASS}]`, 'gu');

/** A piece of text, and whether it must stay on one line. */
export interface TextPiece {
  text: string;
  keep: boolean;
}

/** Splits text into pieces, the number-and-unit runs marked `keep`. */
export function noBreakPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER_AND_UNIT)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), keep: false });
    pieces.push({ text: match[0], keep: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), keep: false });
  return pieces;
}
