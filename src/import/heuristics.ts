/**
 * Tests on a line or a block of text that the structure step uses to guess what the file did not
 * mark: headings, date lines, group labels, counts announced before a list. They look at
 * punctuation and length, so they work for English and Chinese alike.
 */
import { withArabicNumerals } from './dates.js';
import { isCjk, plain } from './rich-text.js';
import { COUNT_WORDS, LIST_LEAD_IN } from './vocabulary.js';

/** The last character that matters: closing quotes and brackets do not change how a sentence ends. */
const lastMark = (text: string): string => plain(text).trim().replace(/[”’"')）」』\]]+$/u, '').slice(-1);
const words = (text: string): string[] => plain(text).trim().split(/\s+/);

/** Ends a sentence, or announces what follows (":"). */
export const endsSentence = (text: string): boolean => /[.!?:;。！？：；…]/.test(lastMark(text));

export const startsLowercase = (text: string): boolean => /^\p{Ll}/u.test(plain(text).trim());

/** A short line that neither ends a sentence nor trails off with a comma: a title or a heading. */
export function isHeadingLike(line: string): boolean {
  const text = plain(line).trim();
  return (
    text !== '' &&
    !line.includes('\t') &&
    text.length <= 100 &&
    words(text).length <= 16 &&
    !/[.!?:;,。！？：；，、…]/.test(lastMark(text)) &&
    !startsLowercase(text)
  );
}

/** "November 17-18, 2021", "2021年11月17日至18日": a short line with a year and another number. */
export function looksLikeDateLine(line: string): boolean {
  const text = withArabicNumerals(plain(line).trim());
  return text.length <= 60 && /(?<!\d)(?:1[89]|20)\d\d(?!\d)/.test(text) && (text.match(/\d+/g) ?? []).length >= 2;
}

/** "Raised by the Chinese team:" — a short label that introduces the list after it, rather than a sentence leading into it. */
export function isGroupLabel(text: string): boolean {
  const label = plain(text).trim();
  return /[:：]$/.test(label) && !LIST_LEAD_IN.test(label) && (isCjk(label) ? label.length <= 20 : words(label).length <= 8);
}

/** "We see two … implementations:" — the number of sub-items an item announces before its colon. */
export function announcedCount(text: string): number | undefined {
  const item = plain(text).trim();
  if (!item.endsWith(':')) return undefined;
  const lastSentence = item.split(/(?<=[.!?])\s+/).at(-1)!;
  for (const word of lastSentence.toLowerCase().split(/[^a-z0-9]+/)) {
    const count = COUNT_WORDS[word] ?? (/^(?:[2-9]|10)$/.test(word) ? Number(word) : undefined);
    if (count !== undefined) return count;
  }
  return undefined;
}
