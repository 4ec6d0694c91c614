import { isHanCharacter } from '../../fonts/index.js';
import { visitBlockText, type Block } from '../../tree/types.js';

/** Han and full-width characters are one em wide; other characters about half an em. */
const emWidth = (text: string): number => [...text].reduce((sum, c) => sum + (isHanCharacter(c) ? 1 : 0.5), 0);

/**
 * A generous estimate of the lines some blocks take in a column `ems` wide (its width over the
 * font size), each paragraph counted with a little more for the space after it. Writers use it to
 * tell short pairs, kept whole on a page, from long ones that may break.
 */
export function estimateLines(blocks: readonly Block[], ems: number): number {
  let lines = 0;
  visitBlockText(blocks, '', (text) => {
    lines += Math.ceil(emWidth(text) / ems) + 0.6;
  });
  return lines;
}
