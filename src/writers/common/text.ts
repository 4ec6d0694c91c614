/** Text read back out of an output, compared as a reader would see it. */
import { HAN_CLASS } from '../../fonts/index.js';

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Chinese lines join without a space: a line end next to a Han character or CJK punctuation. */
const CJK_LINE_BREAK = new RegExp(`(?<=[${HAN_CLASS}])\\n|\\n(?=[${HAN_CLASS}])`, 'gu');

/** Lines joined as a reader would: a line-end hyphen stays and joins (across a page break too: pdftotext puts a form feed there), a line end next to Chinese vanishes. */
export const joinLines = (text: string): string => squash(text.replace(/-\n\f?/g, '-').replace(CJK_LINE_BREAK, ''));

export interface ExtractedText {
  /** All text, whitespace collapsed. */
  text: string;
  /** Text set in a bold face (PDF, DOCX) or inside <strong> (HTML), whitespace collapsed. */
  bold: string;
}

const HAN_WITH_SPACES = new RegExp(`\\s*([${HAN_CLASS}])\\s*`, 'gu');

/** Text compared without spaces next to Han characters (justified Chinese lines report gaps as spaces). */
export const compactText = (text: string): string =>
  squash(text).replace(HAN_WITH_SPACES, '$1');
