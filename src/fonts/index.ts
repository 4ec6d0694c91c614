import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type FaceName = 'normal' | 'bold' | 'italics' | 'bolditalics';

/** A font family shipped as an npm dependency; faces are file paths inside the package. */
export interface FontFamily {
  /** Name used in pdfmake font definitions and in CSS font stacks. */
  name: string;
  faces: Record<FaceName, string>;
}

const expoFont = (pkg: string, file: string, face: string): string =>
  require.resolve(`@expo-google-fonts/${pkg}/${face}/${file}_${face}.ttf`);

const notoSerif = (face: string) => expoFont('noto-serif', 'NotoSerif', face);
const notoSerifSC = (face: string) => expoFont('noto-serif-sc', 'NotoSerifSC', face);
const notoSansSC = (face: string) => expoFont('noto-sans-sc', 'NotoSansSC', face);

/** Chinese has no italic: emphasis keeps the upright faces. */
export const FONT_FAMILIES = {
  serif: {
    name: 'Noto Serif',
    faces: { normal: notoSerif('400Regular'), bold: notoSerif('700Bold'), italics: notoSerif('400Regular_Italic'), bolditalics: notoSerif('700Bold_Italic') },
  },
  serifSC: {
    name: 'Noto Serif SC',
    faces: { normal: notoSerifSC('400Regular'), bold: notoSerifSC('700Bold'), italics: notoSerifSC('400Regular'), bolditalics: notoSerifSC('700Bold') },
  },
  sansSC: {
    name: 'Noto Sans SC',
    faces: { normal: notoSansSC('400Regular'), bold: notoSansSC('700Bold'), italics: notoSansSC('400Regular'), bolditalics: notoSansSC('700Bold') },
  },
} satisfies Record<string, FontFamily>;

/** The faces an edition is set in: a body family, and a family for headings. */
export interface EditionFonts {
  body: FontFamily;
  heading: FontFamily;
}

/** Han text is set in Song (serif) with Hei (sans) headings; Latin text in Noto Serif throughout. */
export function editionFonts(lang: string): EditionFonts {
  return isHanLanguage(lang)
    ? { body: FONT_FAMILIES.serifSC, heading: FONT_FAMILIES.sansSC }
    : { body: FONT_FAMILIES.serif, heading: FONT_FAMILIES.serif };
}

/**
 * Han characters, CJK punctuation and full-width forms, as a character class body: the text that is set
 * in a Chinese font and has no spaces between its words.
 */
export const HAN_CLASS = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
const HAN_CHARACTER = new RegExp(`[${HAN_CLASS}]`, 'u');

export const isHanCharacter = (char: string): boolean => HAN_CHARACTER.test(char);

/** Chinese (zh, zh-Hans, zh-CN …) is written in Han characters and typeset by CJK rules. */
export function isHanLanguage(lang: string): boolean {
  return /^zh\b/i.test(lang);
}

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
