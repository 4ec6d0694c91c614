/**
 * pdfmake lays a paragraph out line by line in LayoutBuilder.buildNextLine, which is quadratic in
 * the length of a paragraph (measured: a 20,000-character word took 68 s, a 20,000-character Chinese
 * paragraph, one inline per character, 48 s):
 * - before each inline it copies every inline left in the paragraph (`_inlines.slice(1)`), to look
 *   at the few that must stay on the same line (a `noNewLine` chain: "word" + bold "s");
 * - it takes each inline off the front of the paragraph's array (`shift()`, a copy of the rest);
 * - a word wider than the line is cut by a binary search over prefixes of the whole remaining word,
 *   and the rest is measured again, once per line.
 * This module replaces that method with one that passes only the chain, removes a line's inlines
 * from a window of the paragraph, and cuts a long word by searching prefixes about a line long, so
 * that layout time grows with the length of the text. Lines come out the same: the same inlines are
 * compared and a long word breaks at the same character (the last one that fits), as browsers
 * break an overlong word as a last resort. Imported by writers/pdf/index.ts before any layout.
 */
import { createRequire } from 'node:module';

interface Inline {
  text: string;
  width: number;
  noWrap?: boolean;
  noNewLine?: boolean;
}
interface Line {
  hasEnoughSpaceForInline(inline: Inline, nextInlines: Inline[]): boolean;
  getAvailableWidth(): number;
  addInline(inline: Inline): void;
  lastLineInParagraph?: boolean;
}
interface TextInlines {
  widthOfText(text: string, inline: Inline): number;
}
interface LayoutBuilder {
  writer: { context(): { availableWidth: number } };
}

const require = createRequire(import.meta.url);
const load = <T>(module: string): T => (require(`pdfmake/js/${module}.js`) as { default: T }).default;
const LayoutBuilderClass = load<{ prototype: LayoutBuilder & { buildNextLine: unknown } }>('LayoutBuilder');
const LineClass = load<new (maxWidth: number) => Line>('Line');
const TextInlinesClass = load<new (pdfDocument: null) => TextInlines>('TextInlines');

/** The inlines after the one at `start` that must share its line: its noNewLine chain, up to the chain's last member. */
export function chainAfter(inlines: readonly Inline[], start: number): Inline[] {
  if (!inlines[start]?.noNewLine) return [];
  let end = start + 1;
  while (end < inlines.length && inlines[end]!.noNewLine) end++;
  return inlines.slice(start + 1, end + 1);
}

/** Whether cutting a text at `length` would split a surrogate pair. */
const splitsPair = (text: string, length: number): boolean => /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(length));

/**
 * The longest prefix of `text` (at least one character) no wider than `maxWidth`. Prefixes double
 * until one is too wide, then a binary search between the last two: the work is about the length
 * of a line, however long the text.
 */
export function longestFittingPrefix(text: string, maxWidth: number, widthOf: (prefix: string) => number): number {
  let fits = 1;
  let tooLong = text.length + 1;
  for (let length = 2; length <= text.length; length *= 2) {
    if (widthOf(text.slice(0, length)) > maxWidth) {
      tooLong = length;
      break;
    }
    fits = length;
  }
  let low = fits;
  let high = tooLong;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (widthOf(text.slice(0, middle)) <= maxWidth) low = middle;
    else high = middle;
  }
  if (!splitsPair(text, low)) return low;
  return low > 1 ? low - 1 : low + 1; // never half a character
}

/** A rest this many times longer than the part that fits is cut again on the next line: its exact width can wait. */
const EXACT_REST_FACTOR = 4;

/** Inlines a paragraph's array holds at a time while it is laid out; the rest wait in a reserve. */
const WINDOW = 4096;
const reserves = new WeakMap<Inline[], { rest: Inline[]; next: number }>();

/**
 * Makes sure that the paragraph's array holds the inline at `index` and the one after it, if the
 * paragraph has them. Removing a line's inlines from the front of an array copies the rest of
 * it, so a long paragraph is laid out through a window of it: the removal costs a window, not the
 * paragraph. (A new measurement of the paragraph makes a new array, with no reserve.)
 */
function reach(inlines: Inline[], index: number): void {
  let reserve = reserves.get(inlines);
  if (!reserve) {
    if (inlines.length <= 2 * WINDOW) return;
    reserve = { rest: inlines.splice(WINDOW), next: 0 };
    reserves.set(inlines, reserve);
  }
  while (index + 1 >= inlines.length && reserve.next < reserve.rest.length) {
    const more = reserve.rest.slice(reserve.next, reserve.next + WINDOW);
    reserve.next += more.length;
    inlines.push(...more);
  }
}

function buildNextLine(this: LayoutBuilder, textNode: { _inlines?: Inline[] }): Line | null {
  const inlines = textNode._inlines;
  if (!inlines || inlines.length === 0) return null;
  const line = new LineClass(this.writer.context().availableWidth);
  const measure = new TextInlinesClass(null);
  // The inlines this line takes are removed once, at the end: shift() on a long array copies it every time.
  let next = 0;
  let forceContinue = false;
  reach(inlines, next);
  while (next < inlines.length && (forceContinue || line.hasEnoughSpaceForInline(inlines[next]!, chainAfter(inlines, next)))) {
    let hardWrap = false;
    const inline = inlines[next++]!;
    if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
      const widthOf = (text: string): number => measure.widthOfText(text, inline);
      const fits = longestFittingPrefix(inline.text, line.getAvailableWidth(), widthOf);
      if (fits < inline.text.length) {
        const rest: Inline = { ...inline, text: inline.text.slice(fits) };
        inline.text = inline.text.slice(0, fits);
        const fitWidth = widthOf(inline.text);
        // Kerning across the cut makes the difference slightly off; the last part of the word is always measured.
        rest.width = rest.text.length > EXACT_REST_FACTOR * fits ? Math.max(0, inline.width - fitWidth) : widthOf(rest.text);
        inline.width = fitWidth;
        inlines[--next] = rest; // the rest of the word starts the next line
        hardWrap = true;
      }
    }
    line.addInline(inline);
    forceContinue = Boolean(inline.noNewLine) && !hardWrap;
    reach(inlines, next);
  }
  inlines.splice(0, next);
  line.lastLineInParagraph = inlines.length === 0;
  return line;
}

LayoutBuilderClass.prototype.buildNextLine = buildNextLine;
