/**
 * List markers as documents print them: bullets and dashes ("•", "-", "--", "—", "——"), numbers and
 * letters ("1.", "1)", "(a)", "a.", "i.", "1．") and Chinese numerals ("（一）", "一、"). A marker's
 * family (decimal with a period, letters in parentheses …) tells the nesting level: a new family
 * opens a level, a family seen before returns to its level.
 */
import { plain } from './rich-text.js';

export interface Marker {
  /** As printed, kept in the text of numbered items ("(a)", "1．", "（一）"). */
  printed: string;
  /** "bullet:—", "decimal.", "(lower-alpha)" …: items of one family form one level. */
  family: string;
  /** Bullets and dashes are drawn by the writers; numbers and letters are part of the text. */
  bullet: boolean;
  /** The value of a letter or numeral (a = 1, iv = 4), to tell the letter "i" from the numeral. */
  value: number;
}

const CJK_DIGITS = '〇零一二三四五六七八九十百';
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/**
 * Dashes and bullets, longest first ("——" before "—", "--" before "-"); Chinese text sets a dash or
 * bullet directly before the first character ("——自…").
 */
const BULLET = /^(——|--|[-–—•◦▪‣●○■□·*])(?:[ \t\u3000]+|(?<=——|[—•●])(?=\p{Script=Han}))/u;
/** "(a)" "（1）" "(iv)" "（一）" — an enclosed number or letter. */
const ENCLOSED = new RegExp(`^([(（])([0-9]{1,3}|[a-zA-Z]{1,4}|[${CJK_DIGITS}]{1,3})([)）])[ \\t\\u3000]*`, 'u');
/** "1." "1)" "a." "iv." "A)" "1．" — followed by a space (or nothing, after a full-width mark). */
const TRAILING = /^([0-9]{1,3}|[a-zA-Z]{1,4})([.)．])(?:[ \t\u3000]+|(?<=．))/u;
/** "一、" "二、" */
const CJK_COMMA = new RegExp(`^([${CJK_DIGITS}]{1,3})、`, 'u');

/** The marker a text starts with and the text after it; undefined when it starts with none. */
export function splitMarker(rich: string): { marker: Marker; rest: string } | undefined {
  const text = plain(rich);
  const lead = text.length - text.trimStart().length;
  const body = text.slice(lead);
  const found = markerAt(body);
  if (!found || found.length >= body.trimEnd().length) return undefined;
  // The marker is literal text at the start of the rich string: cut the same characters from it.
  const start = rich.indexOf(body.slice(0, found.length));
  const rest = start === -1 ? body.slice(found.length) : rich.slice(start + found.length);
  return { marker: found.marker, rest: rest.trimStart() };
}

function markerAt(text: string): { marker: Marker; length: number } | undefined {
  let m = BULLET.exec(text);
  if (m) return { marker: { printed: m[1]!, family: `bullet:${m[1]}`, bullet: true, value: 0 }, length: m[0].length };
  m = ENCLOSED.exec(text);
  if (m) {
    const kind = kindOf(m[2]!);
    return kind && { marker: { printed: `${m[1]}${m[2]}${m[3]}`, family: `(${kind.name})`, bullet: false, value: kind.value }, length: m[0].length };
  }
  m = CJK_COMMA.exec(text);
  if (m) return { marker: { printed: m[0], family: 'cjk、', bullet: false, value: cjkValue(m[1]!) }, length: m[0].length };
  m = TRAILING.exec(text);
  if (m) {
    const kind = kindOf(m[1]!);
    // "U.S." and "e.g." are words: a letter marker stands alone before a space.
    return kind && { marker: { printed: `${m[1]}${m[2]}`, family: `${kind.name}${m[2]}`, bullet: false, value: kind.value }, length: m[0].length };
  }
  return undefined;
}

function kindOf(token: string): { name: string; value: number } | undefined {
  if (/^\d+$/.test(token)) return { name: 'decimal', value: Number(token) };
  if (new RegExp(`^[${CJK_DIGITS}]+$`, 'u').test(token)) return { name: 'cjk', value: cjkValue(token) };
  const lower = token.toLowerCase();
  const upper = token === token.toUpperCase();
  if (ROMAN.test(lower)) return { name: upper ? 'upper-roman' : 'lower-roman', value: romanValue(lower) };
  if (token.length === 1) return { name: upper ? 'upper-alpha' : 'lower-alpha', value: lower.charCodeAt(0) - 96 };
  return undefined;
}

/** A letter that is also a Roman numeral (i, v, x, c, l): the letter when it continues a run of letters. */
export function asLetter(marker: Marker, previousLetter: Marker | undefined): Marker {
  const roman = /^(\(?)(lower|upper)-roman(.*)$/.exec(marker.family);
  const letter = plain(marker.printed).replace(/[^a-zA-Z]/g, '');
  if (!roman || letter.length !== 1 || previousLetter === undefined) return marker;
  const family = `${roman[1]}${roman[2]}-alpha${roman[3]}`;
  const value = letter.toLowerCase().charCodeAt(0) - 96;
  return previousLetter.family === family && previousLetter.value === value - 1 ? { ...marker, family, value } : marker;
}

function romanValue(numeral: string): number {
  const digit: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = digit[numeral[i]!]!;
    total += value < (digit[numeral[i + 1] ?? ''] ?? 0) ? -value : value;
  }
  return total;
}

/** 一 = 1, 十二 = 12, 二十 = 20, 一九七九 = 1979 (digit by digit when there is no 十/百). */
export function cjkValue(numeral: string): number {
  const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (!/[十百]/.test(numeral)) return [...numeral].reduce((n, c) => n * 10 + (digits[c] ?? 0), 0);
  let total = 0;
  let current = 0;
  const units: Record<string, number> = { 百: 100, 十: 10 };
  for (const c of numeral) {
    const unit = units[c];
    if (unit === undefined) {
      current = digits[c] ?? 0;
    } else {
      total += (current || 1) * unit;
      current = 0;
    }
  }
  return total + current;
}
