import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type FaceName = 'normal' | 'bold' | 'italics' | 'bolditalics';

/** A font family shipped as an npm dependency; faces are file paths inside the package. */
export interface FontFamily {
  /** Name used in pdfmake font definitions, CSS font stacks and Word's font table. */
  name: string;
  /** The npm package that ships it. */
  package: string;
  faces: Record<FaceName, string>;
}

/**
 * A family from an @expo-google-fonts package of static TrueType faces (400 and 700). Han type has no
 * italic: without `italics`, emphasis keeps the upright faces.
 */
export function expoFamily(name: string, pkg: string, italics = false): FontFamily {
  const file = name.replace(/ /g, '');
  const face = (weight: string): string => require.resolve(`@expo-google-fonts/${pkg}/${weight}/${file}_${weight}.ttf`);
  const [normal, bold] = [face('400Regular'), face('700Bold')];
  return {
    name,
    package: `@expo-google-fonts/${pkg}`,
    faces: { normal, bold, italics: italics ? face('400Regular_Italic') : normal, bolditalics: italics ? face('700Bold_Italic') : bold },
  };
}

/**
 * Han characters, CJK punctuation and full-width forms, as a character class body: the text that is set
 * in a Chinese font and has no spaces between its words.
 */
export const HAN_CLASS = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
const HAN_CHARACTER = new RegExp(`[${HAN_CLASS}]`, 'u');

export const isHanCharacter = (char: string): boolean => HAN_CHARACTER.test(char);

const cache = new Map<string, Promise<Buffer>>();

/** The bytes of a font file, read once per process however many outputs use it. */
export function fontFile(file: string): Promise<Buffer> {
  let pending = cache.get(file);
  if (!pending) {
    pending = readFile(file);
    cache.set(file, pending);
  }
  return pending;
}
