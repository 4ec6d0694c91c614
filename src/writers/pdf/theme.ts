import type { StyleDictionary } from 'pdfmake/interfaces.js';
import { LANGUAGES, languageFor, type Language, type LanguageFonts, type ListMarks } from '../../languages/index.js';

/** Everything about the PDF's look: page, faces, sizes. Writers read it; nothing else does. */
export interface PdfTheme {
  /** Prefix of this theme's named styles (latin.body, han.body). */
  key: string;
  pageMargins: [number, number, number, number];
  fonts: LanguageFonts;
  /** List marks by level. */
  marks: ListMarks;
  fontSize: number;
  lineHeight: number;
  styles: StyleDictionary;
}

/**
 * A language's theme, from its entry in the language table. Labels (venue, "Raised by …") stand out in
 * italics in Latin type, in bold in Han type, which has no italics.
 */
function makePdfTheme(language: Language): PdfTheme {
  const { fonts, listMarks: marks } = language;
  const { styleKey: key, fontSize, lineHeight, alignment } = language.pdf;
  const label = language.writing === 'han' ? { bold: true } : { italics: true };
  const heading = { font: fonts.heading.name, bold: true };
  return {
    // For A4 (595 × 842 pt; scaled to other paper): about 25 mm at the sides leaves a measure of ~75 Latin or ~40 Han characters.
    pageMargins: [72, 64, 72, 72],
    key,
    fonts,
    marks,
    fontSize,
    lineHeight,
    styles: {
      kicker: { fontSize, alignment: 'center', characterSpacing: 0.6, color: '#333333', margin: [0, 0, 0, 6] },
      h1: { ...heading, fontSize: 21, alignment: 'center', margin: [0, 0, 0, 10] },
      dates: { fontSize, alignment: 'center' },
      venue: { ...label, fontSize, alignment: 'center', margin: [0, 0, 0, 4] },
      h2: { ...heading, fontSize: 13.5, margin: [0, 14, 0, 6] },
      h3: { ...heading, fontSize: 11.5, margin: [0, 10, 0, 5] },
      body: { alignment, margin: [0, 0, 0, 7] },
      'group-label': { ...label, margin: [0, 2, 0, 4] },
      list: { margin: [10, 0, 0, 8] },
      listItem: { alignment, margin: [0, 0, 0, 4] },
      tableHeader: { ...heading, fontSize: fontSize - 1, color: '#333333' },
      tableCell: { font: fonts.body.name, fontSize: fontSize - 1, lineHeight: Math.min(lineHeight, 1.4) },
      footer: { fontSize: 8.5, alignment: 'center', color: '#555555' },
      header: { fontSize: 8, color: '#666666' },
      headerMarking: { fontSize: 8, bold: true, color: '#8B1A1A' },
      'excerpt-note': { ...label, fontSize: fontSize - 1, color: '#444444', margin: [0, 0, 0, 12] },
      'summary-intro': { alignment, margin: [0, 0, 0, 8] },
      contentsEntry: { fontSize: fontSize + 0.5 },
      'cover-dialogue': { fontSize: fontSize + 2.5, alignment: 'center', color: '#333333', margin: [0, 80, 0, 6] },
      'cover-session': { fontSize, alignment: 'center', color: '#555555', margin: [0, 0, 0, 20] },
      'cover-title': { bold: true, fontSize: 20, alignment: 'center', margin: [0, 0, 0, 16] },
      'cover-dates': { fontSize, alignment: 'center', margin: [0, 10, 0, 0] },
      'cover-recipient': { fontSize: fontSize + 1.5, alignment: 'center', margin: [0, 40, 0, 6] },
      'cover-note': { ...label, fontSize, alignment: 'center', color: '#333333', margin: [0, 4, 0, 0] },
      'cover-marking': { bold: true, fontSize, alignment: 'center', color: '#8B1A1A', margin: [0, 24, 0, 0] },
      'cover-issued': { fontSize: fontSize - 1, alignment: 'center', color: '#555555', margin: [0, 40, 0, 0] },
    },
  };
}

const themes = new Map(LANGUAGES.map((language) => [language, makePdfTheme(language)]));

export function pdfThemeFor(lang: string): PdfTheme {
  return themes.get(languageFor(lang))!;
}

/** The named styles of the themes of a document's languages, prefixed by the theme key, for one document that mixes languages. */
export function pdfStyles(languages: readonly string[]): StyleDictionary {
  const used = [...new Set(languages.map(pdfThemeFor))];
  return Object.fromEntries(used.flatMap((theme) => Object.entries(theme.styles).map(([name, style]) => [`${theme.key}.${name}`, style])));
}
