import type * as fontkit from 'fontkit';
import { createShared } from './shared-fontkit.js';
import { ContentError } from '../errors.js';
import type { LanguageFonts } from '../languages/types.js';
import { fontFile } from './index.js';

/** One locale string, with where it comes from. */
export interface LocatedString {
  file: string;
  key: string;
  text: string;
}

const parsed = new Map<string, Promise<fontkit.Font>>();

/** A font file parsed once per process. */
export async function openFont(file: string): Promise<fontkit.Font> {
  let pending = parsed.get(file);
  if (!pending) {
    pending = fontFile(file).then((buffer) => createShared(buffer) as fontkit.Font);
    parsed.set(file, pending);
  }
  return pending;
}

const faceLabel = (file: string): string => file.split('/').at(-1)!.replace(/\.ttf$/, '').replace(/_/g, ' ');

/**
 * Every character of every string must have a glyph in each face that may render it (body and
 * heading families, regular and bold); otherwise a reader would see an empty box.
 */
export async function assertGlyphCoverage(strings: readonly LocatedString[], fonts: LanguageFonts): Promise<void> {
  const files = [...new Set([fonts.body.faces.normal, fonts.body.faces.bold, fonts.heading.faces.bold])];
  const faces = await Promise.all(files.map(async (file) => ({ file, font: await openFont(file) })));
  for (const { file, key, text } of strings) {
    for (const char of new Set(text)) {
      if (/\s/.test(char)) continue;
      const codePoint = char.codePointAt(0)!;
      const missing = faces.find(({ font }) => !font.hasGlyphForCodePoint(codePoint));
      if (missing) {
        const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
        throw new ContentError(file, `key ${key}`, `character "${char}" (U+${hex}) is not in the font ${faceLabel(missing.file)}: replace it, or set the edition in a font that has it`);
      }
    }
  }
}
