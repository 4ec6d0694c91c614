/**
 * Anchors: what a block and its translation must share whatever the wording — numbers (written
 * with digits or Chinese numerals: 1979 ↔ 一九七九年, Article 11 ↔ 第十一条, December ↔ 12月),
 * list markers ((a) ↔ （一）, a. ↔ a.), Latin words kept in the translation (acronyms, glosses
 * such as “作品(material)”) and glossary terms. Alignment uses them, as translators' alignment
 * tools do, to tell apart blocks of similar length.
 */
import type { TermRendering } from '../source/glossary.js';
import { cjkValue, splitMarker, type Marker } from './markers.js';
import { plain } from './rich-text.js';

export interface Anchors {
  /** Numbers, month numbers and list-marker ordinals, as strings. */
  numbers: string[];
  /** Lowercased Latin words (the translation side: words kept in Latin script; the English side: all). */
  latin: Set<string>;
  /** Glossary entries (by index) whose term or rendering the text uses. */
  terms: Set<number>;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NEAR_NUMBER = new RegExp(`\\b(${MONTHS.join('|')})\\b(?=\\s*\\d)|(?<=\\d\\s*)\\b(${MONTHS.join('|')})\\b`, 'gi');
const HAN_NUMERAL = '[〇零一二三四五六七八九十百]+';
/**
 * Chinese numerals that number or date something: 第十一条, 第一、五及第八条, 一九七九年, 十一月,
 * 二十一日; a bare 一 ("one", "a", as in 一个, 一部分), a duration (两年) or an ordinal word
 * (第三方, "third party") is not a number.
 */
const COUNTED = new RegExp(
  `第((?:${HAN_NUMERAL}[、，和及与至第]*)*${HAN_NUMERAL})(?=[条款项章节部篇段])|([〇零一二三四五六七八九]{2,4})(?=年)|(${HAN_NUMERAL})(?=[月日条款章节])`,
  'g',
);
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*/g;

export function anchorsOf(rich: string, glossary: readonly TermRendering[], side: 'source' | 'translation'): Anchors {
  const raw = plain(rich);
  const text = raw.normalize('NFKC');
  const numbers: string[] = [];
  // A list marker as printed counts by its value: a. ↔ （一） ↔ 1.; bullets and dashes count for nothing.
  const marked = splitMarker(raw);
  const body = (marked ? marked.rest : raw).normalize('NFKC');
  if (marked && !marked.marker.bullet) numbers.push(`#${markerValue(marked.marker)}`);
  for (const digits of body.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []) numbers.push(String(Number(digits.replace(/,/g, ''))));
  for (const [, month, after] of body.matchAll(MONTH_NEAR_NUMBER)) numbers.push(String(MONTHS.indexOf((month ?? after)!.toLowerCase()) + 1));
  for (const [, ordinals, year, counted] of body.matchAll(COUNTED)) {
    for (const numeral of (ordinals ?? year ?? counted)!.split(/[、，和及与至第]+/)) if (numeral !== '') numbers.push(String(cjkValue(numeral)));
  }
  const latin = new Set((side === 'translation' ? body.replace(/\p{Script=Han}+/gu, ' ') : body).match(LATIN_WORD)?.map((w) => w.toLowerCase()) ?? []);
  const terms = new Set<number>();
  glossary.forEach(({ term, rendering }, index) => {
    if (side === 'source' ? containsWord(text, term.english) : text.includes(rendering)) terms.add(index);
  });
  // A number said twice in one language ("December 18 to December 21") is often said once in the other.
  return { numbers: [...new Set(numbers)], latin, terms };
}

/** A single letter counts as a letter (c = 3, i = 9), as both texts of a pair print the same run of letters. */
function markerValue({ printed, value }: Marker): number {
  const letters = printed.replace(/[^a-zA-Z]/g, '');
  return letters.length === 1 ? letters.toLowerCase().charCodeAt(0) - 96 : value;
}

const wordPatterns = new Map<string, RegExp>();

/** A whole-word, case-insensitive search, each pattern compiled once. */
function containsWord(text: string, term: string): boolean {
  if (!text.toLowerCase().includes(term.toLowerCase())) return false;
  let pattern = wordPatterns.get(term);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
    wordPatterns.set(term, pattern);
  }
  return pattern.test(text);
}

export interface AnchorComparison {
  shared: number;
  /** Numbers on one side only, and Latin words of the translation that the English lacks. */
  conflicting: string[];
}

/** What a block and a candidate translation share, and what contradicts the pairing. */
export function compareAnchors(source: Anchors, translation: Anchors): AnchorComparison {
  const remaining = [...translation.numbers];
  let shared = 0;
  const conflicting: string[] = [];
  for (const number of source.numbers) {
    const at = remaining.indexOf(number);
    if (at === -1) conflicting.push(number);
    else {
      remaining.splice(at, 1);
      shared++;
    }
  }
  conflicting.push(...remaining);
  for (const word of translation.latin) {
    if (source.latin.has(word)) shared += 0.5;
    else conflicting.push(word);
  }
  for (const term of source.terms) if (translation.terms.has(term)) shared++;
  return { shared, conflicting };
}

/** Anchors of several blocks read as one (a merge or a split). */
export const joinAnchors = (parts: readonly Anchors[]): Anchors => ({
  numbers: [...new Set(parts.flatMap((p) => p.numbers))],
  latin: new Set(parts.flatMap((p) => [...p.latin])),
  terms: new Set(parts.flatMap((p) => [...p.terms])),
});
