import { isHanCharacter } from '../fonts/index.js';
/**
 * Text in the locale's inline markup: literal characters plus <strong>…</strong> and <em>…</em>.
 * Readers build it with these helpers so that every format ends up with the same strings.
 */
import { stripInlineMarkup } from '../compose/inline-markup.js';

export const plain = (rich: string): string => stripInlineMarkup(rich);

/** Wraps a run in a tag, keeping its outer spaces outside ("**x **" would otherwise swallow a space); an empty run stays bare. */
export function wrapInline(tag: 'strong' | 'em', inner: string): string {
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  if (plain(core!).trim() === '') return inner;
  return `${before}<${tag}>${core}</${tag}>${after}`;
}

/**
 * Lines of a paragraph: runs of spaces collapsed (tabs kept: they separate a name from a position),
 * bold runs that Word split at a formatting boundary merged again, empty lines dropped.
 */
export function tidyLines(text: string): string[] {
  return text
    .replace(/<\/(strong|em)>(\s*)<\1>/g, '$2')
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').replace(/^[\s]+|[\s]+$/g, ''))
    .filter((line) => line !== '');
}


/** Lines joined into running text: Chinese joins without a space, other scripts with one. */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    if (text === '') return line;
    const cjkJoin = isHanCharacter(plain(text).slice(-1)) || isHanCharacter(plain(line).charAt(0));
    return `${text}${cjkJoin ? '' : ' '}${line}`;
  }, '');
}

/** A block's text as one line: tabs inside prose are just space. */
export const proseOf = (lines: readonly string[]): string => joinLines(lines).replace(/\s*\t\s*/g, ' ');

export const isCjk = (text: string): boolean => [...text].some(isHanCharacter);

/** A text cut to its first words (Chinese: characters), for messages. */
export function shorten(text: string, length = 40): string {
  const flat = plain(text).replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= length) return flat;
  const cut = chars.slice(0, length + 1).join('');
  const atWord = isCjk(cut) ? -1 : cut.lastIndexOf(' ');
  return `${(atWord > 0 ? cut.slice(0, atWord) : chars.slice(0, length).join('')).trimEnd()}…`;
}
