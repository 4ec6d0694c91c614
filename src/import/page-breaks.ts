/**
 * A page break in the original splits a paragraph in two: the first part stops mid-sentence and
 * the rest starts in lowercase. Join them again, whether the first part is a paragraph or the last
 * item of a list.
 */
import { endsSentence, isHeadingLike, startsLowercase } from './heuristics.js';
import { splitMarker } from './markers.js';
import { joinLines } from './rich-text.js';
import type { SourceBlock, SourceItem } from './source-document.js';

export function joinPageBreaks(blocks: readonly SourceBlock[]): SourceBlock[] {
  const joined: SourceBlock[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    // "vii. other rights…" starts in lowercase too, but with a list marker: it is the next item.
    const continuation = block.kind === 'paragraph' && startsLowercase(block.lines[0]!) && !splitMarker(block.lines[0]!) ? block.lines : undefined;
    if (continuation && previous?.kind === 'paragraph' && isCutShort(previous.lines)) {
      const last = previous.lines.length - 1;
      joined[joined.length - 1] = { kind: 'paragraph', lines: [...previous.lines.slice(0, last), joinLines([previous.lines[last]!, continuation[0]!]), ...continuation.slice(1)] };
    } else if (continuation && previous?.kind === 'list' && !endsSentence(lastItem(previous.items).text)) {
      joined[joined.length - 1] = { ...previous, items: appendToLastItem(previous.items, joinLines(continuation)) };
    } else {
      joined.push(block);
    }
  }
  return joined;
}

/** Stops mid-sentence, and is not a lone heading-like line (a heading may well precede lowercase text). */
const isCutShort = (lines: readonly string[]): boolean => !endsSentence(lines.at(-1)!) && !(lines.length === 1 && isHeadingLike(lines[0]!));

const lastItem = (items: readonly SourceItem[]): SourceItem => {
  const last = items.at(-1)!;
  return last.items.length > 0 ? lastItem(last.items) : last;
};

function appendToLastItem(items: readonly SourceItem[], text: string): SourceItem[] {
  const last = items.at(-1)!;
  const changed = last.items.length > 0 ? { ...last, items: appendToLastItem(last.items, text) } : { ...last, text: joinLines([last.text, text]) };
  return [...items.slice(0, -1), changed];
}
