import { diffWords } from 'diff';
import type { Colors } from '../terminal.js';

/** Unchanged words kept on each side of a change; longer unchanged runs are cut to "…". */
const CONTEXT_WORDS = 5;

/** The first or last `n` words of a text (its whitespace kept), or undefined when it has no more than n. */
function words(text: string, n: number, from: 'start' | 'end'): string | undefined {
  const parts = text.split(/(?<=\s)(?=\S)/);
  if (parts.length <= n) return undefined;
  return from === 'start' ? parts.slice(0, n).join('') : parts.slice(-n).join('');
}

/** An unchanged run between changes, cut to its context. */
function context(text: string, first: boolean, last: boolean): string {
  const head = first ? '' : words(text, CONTEXT_WORDS, 'start');
  const tail = last ? '' : words(text, CONTEXT_WORDS, 'end');
  if (head === undefined || tail === undefined) return text;
  if (first && last) return text;
  return `${head}${head && !/\s$/.test(head) ? ' ' : ''}…${tail && !/^\s/.test(tail) ? ' ' : ''}${tail}`;
}

/**
 * What changed between two versions of a source string, word by word, in git's --word-diff=plain
 * notation: `[-removed-]{+added+}` (red and green as well, when colours are on); long unchanged
 * stretches are shortened to the words around each change.
 */
export function wordDiff(from: string, to: string, colors: Colors): string {
  const parts = diffWords(from, to);
  return parts
    .map((part, i) => {
      if (part.removed) return colors.red(`[-${part.value}-]`);
      if (part.added) return colors.green(`{+${part.value}+}`);
      return context(part.value, i === 0, i === parts.length - 1);
    })
    .join('');
}
