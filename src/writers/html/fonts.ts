import { isHanCharacter, type FontFamily } from '../../fonts/index.js';
import { hanFallback, isHanLanguage, languageFor } from '../../languages/index.js';
import { WEB_FONT, fontSubset } from '../../fonts/subset.js';
import { treeLanguages, visitText, type DocumentTree, type TextPlace } from '../../tree/types.js';
import { HAN_BOLD_ROLES } from './theme.js';

interface FaceUse {
  family: FontFamily;
  /** The CSS family name; defaults to the font's own. */
  cssName?: string;
  weight: 400 | 700;
  /** Whether a text run at this place is set in this face. */
  sets: (place: TextPlace) => boolean;
}

/** The CSS family of the Han characters that English text holds (see htmlStyles). */
export const HAN_IN_LATIN_FAMILY = 'Briefing Han';

const isBold = (place: TextPlace): boolean => place.strong || HAN_BOLD_ROLES.includes(place.role ?? '');

/**
 * @font-face rules with subsets of the edition's fonts embedded as data: URLs, so that a Chinese
 * edition renders correctly on a machine without Chinese fonts and makes no network request.
 * Each face holds only the characters of Han text it sets. Latin text uses the reader's serif fonts.
 */
export async function embeddedFontFaces(tree: DocumentTree): Promise<string> {
  const languages = [...new Set([tree.lang, ...treeLanguages(tree)].map(languageFor))].filter((l) => l.writing === 'han');
  const inLanguage = (lang: string, id: string): boolean => isHanLanguage(lang) && languageFor(lang).id === id;
  const uses: FaceUse[] = [
    ...languages.flatMap(({ id, fonts }): FaceUse[] => [
      { family: fonts.body, weight: 400, sets: (place) => inLanguage(place.lang, id) && !place.heading && !isBold(place) },
      { family: fonts.body, weight: 700, sets: (place) => inLanguage(place.lang, id) && !place.heading && isBold(place) },
      { family: fonts.heading, weight: 700, sets: (place) => inLanguage(place.lang, id) && place.heading },
    ]),
    // Han characters in English text (a switch labelled 中文, bilingual contents): a face of their own,
    // holding no Latin letters, so that the English around them keeps its serif.
    { family: hanFallback(languages.map((l) => l.id)).fonts.body, cssName: HAN_IN_LATIN_FAMILY, weight: 400, sets: (place) => !isHanLanguage(place.lang) },
  ];
  const chars = uses.map(() => new Set<string>());
  visitText(tree, (text, place) => {
    const shown = isHanLanguage(place.lang) ? [...text] : [...text].filter(isHanCharacter);
    uses.forEach((use, i) => use.sets(place) && shown.forEach((c) => chars[i]!.add(c)));
  });
  const rules = await Promise.all(
    uses.map(async (use, i) => {
      if (chars[i]!.size === 0) return '';
      const file = use.weight === 700 ? use.family.faces.bold : use.family.faces.normal;
      const data = (await fontSubset(file, [...chars[i]!].join(''))).toString('base64');
      return `@font-face { font-family: "${use.cssName ?? use.family.name}"; font-weight: ${use.weight}; font-display: block; src: url(data:${WEB_FONT.mime};base64,${data}) format("${WEB_FONT.format}"); }`;
    }),
  );
  return rules.filter(Boolean).join('\n');
}
