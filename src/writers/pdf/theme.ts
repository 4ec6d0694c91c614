import type { StyleDictionary } from 'pdfmake/interfaces.js';
import { FONT_FAMILIES, type FontFamily } from '../../fonts/index.js';

/** Everything about the PDF's look: page, faces, sizes. Writers read it; nothing else does. */
export interface PdfTheme {
  pageMargins: [number, number, number, number];
  bodyFamily: FontFamily;
  fontSize: number;
  lineHeight: number;
  /** Widths of the participants table columns. */
  participantWidths: (string | number)[];
  styles: StyleDictionary;
}

export const englishPdfTheme: PdfTheme = {
  // A4 is 595 × 842 pt; about 25 mm at the sides leaves a measure of ~75 characters.
  pageMargins: [72, 64, 72, 72],
  bodyFamily: FONT_FAMILIES.serif,
  fontSize: 10.5,
  lineHeight: 1.3,
  participantWidths: ['30%', '*'],
  styles: {
    kicker: { fontSize: 10.5, alignment: 'center', characterSpacing: 0.6, color: '#333333', margin: [0, 0, 0, 6] },
    h1: { fontSize: 21, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
    dates: { fontSize: 10.5, alignment: 'center' },
    venue: { fontSize: 10.5, alignment: 'center', italics: true, margin: [0, 0, 0, 4] },
    h2: { fontSize: 13.5, bold: true, margin: [0, 14, 0, 6] },
    h3: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 5] },
    // Ragged right: pdfmake's justification spreads space over every break opportunity,
    // which opens gaps after the hyphens of "long-term" and "China-developed".
    body: { margin: [0, 0, 0, 7] },
    'group-label': { italics: true, margin: [0, 2, 0, 4] },
    list: { margin: [10, 0, 0, 8] },
    listItem: { margin: [0, 0, 0, 4] },
    tableHeader: { bold: true, fontSize: 9.5, color: '#333333' },
    tableCell: { fontSize: 9.5 },
    footer: { fontSize: 8.5, alignment: 'center', color: '#555555' },
  },
};
