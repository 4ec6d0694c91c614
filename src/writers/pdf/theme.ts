import type { Alignment, StyleDictionary } from 'pdfmake/interfaces.js';
import { editionFonts, isHanLanguage, type EditionFonts } from '../../fonts/index.js';

/** Everything about the PDF's look: page, faces, sizes. Writers read it; nothing else does. */
export interface PdfTheme {
  pageMargins: [number, number, number, number];
  fonts: EditionFonts;
  fontSize: number;
  lineHeight: number;
  /** Widths of the participants table columns. */
  participantWidths: (string | number)[];
  styles: StyleDictionary;
}

interface ThemeOptions {
  fontSize: number;
  lineHeight: number;
  /** Body alignment. */
  alignment: Alignment;
  participantWidths: (string | number)[];
  /** How labels (venue, "Raised by …") stand out: italics in Latin type, bold in Han type, which has no italics. */
  label: { italics?: boolean; bold?: boolean };
}

function makePdfTheme(fonts: EditionFonts, { fontSize, lineHeight, alignment, participantWidths, label }: ThemeOptions): PdfTheme {
  const heading = { font: fonts.heading.name, bold: true };
  return {
    // A4 is 595 × 842 pt; about 25 mm at the sides leaves a measure of ~75 Latin or ~40 Han characters.
    pageMargins: [72, 64, 72, 72],
    fonts,
    fontSize,
    lineHeight,
    participantWidths,
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
      tableCell: { fontSize: fontSize - 1, lineHeight: Math.min(lineHeight, 1.4) },
      footer: { fontSize: 8.5, alignment: 'center', color: '#555555' },
    },
  };
}

/**
 * Latin text is set ragged right: pdfmake's justification spreads space over every break
 * opportunity, which opens gaps after the hyphens of "long-term" and "China-developed".
 */
const latinPdfTheme = makePdfTheme(editionFonts('en'), { fontSize: 10.5, lineHeight: 1.3, alignment: 'left', participantWidths: ['30%', '*'], label: { italics: true } });

/**
 * Chinese is justified (every character is a break opportunity, so the space spreads evenly),
 * 10.5 pt (五号) with a line height of 1.75 as Chinese readers expect.
 */
const hanPdfTheme = makePdfTheme(editionFonts('zh'), { fontSize: 10.5, lineHeight: 1.75, alignment: 'justify', participantWidths: ['24%', '*'], label: { bold: true } });

export function pdfThemeFor(lang: string): PdfTheme {
  return isHanLanguage(lang) ? hanPdfTheme : latinPdfTheme;
}
