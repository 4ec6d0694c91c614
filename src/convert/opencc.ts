import type { Conversion } from '../languages/index.js';

/** Text converted from one script of Chinese to another. */
export type Converter = (text: string) => string;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A converter for a language table entry's conversion, with OpenCC's phrase tables (opencc-js). Names
 * (`names`: the glossary's renderings of institutions, laws, people) change script but not words, so
 * they are converted character by character; the entry's own phrases are written as it gives them; the
 * rest is converted with the regional vocabulary; then the entry's punctuation is replaced. Building
 * OpenCC's dictionaries takes about a second, so a command builds one converter.
 */
export async function openccConverter(conversion: Conversion, names: readonly string[] = []): Promise<Converter> {
  const { default: OpenCC } = await import('opencc-js');
  const { from, to, characters } = conversion.opencc;
  const convert = OpenCC.Converter({ from, to });
  const byCharacter = OpenCC.Converter({ from, to: characters });
  const fixed = new Map([...names.map((name) => [name, byCharacter(name)] as const), ...Object.entries(conversion.phrases)]);
  // Longest first, so that a phrase inside a longer one does not cut it.
  const alternatives = [...fixed.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = alternatives.length > 0 ? new RegExp(`(${alternatives.join('|')})`, 'u') : undefined;
  const punctuation = Object.entries(conversion.punctuation);
  return (text) => {
    // split() with a capturing group puts the fixed phrases at the odd places.
    const pieces = pattern ? text.split(pattern) : [text];
    const converted = pieces.map((piece, i) => (i % 2 === 1 ? fixed.get(piece)! : convert(piece))).join('');
    return punctuation.reduce((result, [mark, replacement]) => result.replaceAll(mark, replacement), converted);
  };
}
