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

const notoSerif = (face: string): string => require.resolve(`@expo-google-fonts/noto-serif/${face}/NotoSerif_${face}.ttf`);

export const FONT_FAMILIES = {
  serif: {
    name: 'Noto Serif',
    faces: {
      normal: notoSerif('400Regular'),
      bold: notoSerif('700Bold'),
      italics: notoSerif('400Regular_Italic'),
      bolditalics: notoSerif('700Bold_Italic'),
    },
  },
} satisfies Record<string, FontFamily>;

export type FamilyKey = keyof typeof FONT_FAMILIES;

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
