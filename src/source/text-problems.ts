import { stripInlineMarkup } from '../compose/inline-markup.js';

/** Longer than any paragraph of an agreement: a string this long is a paste gone wrong, and would stall the writers. */
export const MAX_STRING_LENGTH = 100_000;

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** C0 and C1 control characters other than tab and line feed: invisible, and invalid in DOCX (XML). */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
}

/** Unicode's 66 noncharacters (U+FDD0–U+FDEF and the last two code points of each plane): never text; U+FFFE and U+FFFF are invalid in XML (DOCX). */
function isNoncharacter(code: number): boolean {
  return (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;
}

/**
 * What makes a string unfit for an edition, if anything: no text at all (empty, only spaces, or only
 * emphasis tags: it would print a blank where a heading or paragraph belongs), excessive length, a
 * control character, a noncharacter, or an unpaired surrogate (a `\ud800` escape: not a character in
 * any font or format).
 */
export function findTextProblem(text: string): string | undefined {
  if (stripInlineMarkup(text).trim() === '') return `${text === '' ? 'an empty string' : 'no text, only spaces or emphasis tags'}: write the text or remove it`;
  if (text.length > MAX_STRING_LENGTH) {
    return `${text.length.toLocaleString('en')} characters, more than the ${MAX_STRING_LENGTH.toLocaleString('en')} a string may have: split it, or check for a paste gone wrong`;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!; // a whole pair's code point, or an unpaired surrogate's own
    if (isControl(code)) return `control character ${hex(code)} at character ${i + 1}: remove it (tab and line feed are the only ones allowed)`;
    if (isNoncharacter(code)) return `noncharacter ${hex(code)} at character ${i + 1}: not text (and invalid in a Word file); remove it`;
    if (code > 0xffff) i++;
    else if (code >= 0xd800 && code <= 0xdfff) return `unpaired surrogate ${hex(code)} at character ${i + 1}: not a character; retype the text there`;
  }
  return undefined;
}
