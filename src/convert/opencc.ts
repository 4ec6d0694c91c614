import type { Conversion } from '../languages/index.js';

/** Text converted from one script of Chinese to another. */
export type Converter = (text: string) => string;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A converter for a language table entry's conversion, with OpenCC's phrase tables (opencc-js): the
 * entry's own phrases are written as it gives them, the rest converted by OpenCC, then its punctuation
 * is replaced. Building OpenCC's dictionaries takes about a second, so commands load it once.
 */
export async function openccConverter(conversion: Conversion): Promise<Converter> {
  const { default: OpenCC } = await import('opencc-js');
  const convert = OpenCC.Converter(conversion.opencc);
  const own = Object.keys(conversion.phrases);
  // Longest first, so that a phrase inside a longer one does not cut it.
  const phrases = own.length > 0 ? new RegExp(`(${own.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`, 'u') : undefined;
  const punctuation = Object.entries(conversion.punctuation);
  return (text) => {
    // split() with a capturing group puts the entry's phrases at the odd places.
    const pieces = phrases ? text.split(phrases) : [text];
    const converted = pieces.map((piece, i) => (i % 2 === 1 ? conversion.phrases[piece]! : convert(piece))).join('');
    return punctuation.reduce((result, [mark, replacement]) => result.replaceAll(mark, replacement), converted);
  };
}
