import { AlignmentType, BorderStyle, LevelFormat, type ILevelsOptions, type IStylesOptions } from 'docx';

/** Everything about the DOCX's look. Sizes are half-points (22 = 11 pt); lengths twentieths of a point. */
export interface DocxTheme {
  bodyFont: string;
  headingFont: string;
  styles: IStylesOptions;
  bulletLevels: ILevelsOptions[];
  orderedLevels: ILevelsOptions[];
  /** Participants table: name column share, in percent. */
  nameColumnPercent: number;
}

const indentFor = (level: number) => ({ indent: { left: 567 * (level + 1), hanging: 284 } });
const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions => ({
  level: n,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: indentFor(n) },
});

const bodyFont = 'Times New Roman';
export const englishDocxTheme: DocxTheme = {
  bodyFont,
  headingFont: bodyFont,
  nameColumnPercent: 30,
  bulletLevels: [level(0, LevelFormat.BULLET, '•'), level(1, LevelFormat.BULLET, '◦'), level(2, LevelFormat.BULLET, '▪')],
  orderedLevels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '%2)'), level(2, LevelFormat.LOWER_ROMAN, '%3.')],
  styles: {
    default: {
      document: { run: { font: bodyFont, size: 22 }, paragraph: { spacing: { after: 140, line: 300 } } },
      title: { run: { font: bodyFont, size: 40, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 200 } } },
      heading1: { run: { font: bodyFont, size: 28, bold: true }, paragraph: { spacing: { before: 360, after: 140 }, keepNext: true } },
      heading2: { run: { font: bodyFont, size: 24, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      listParagraph: { paragraph: { spacing: { after: 80 } } },
    },
    paragraphStyles: [
      // Left-aligned like the PDF edition: the same text should not look different in Word.
      { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', quickFormat: true },
      { id: 'Kicker', name: 'Kicker', basedOn: 'Normal', next: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 80 } }, run: { color: '333333' } },
      { id: 'TitleMeta', name: 'Title Meta', basedOn: 'Normal', next: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 40 } } },
      {
        id: 'TitleMetaLast',
        name: 'Title Meta Last',
        basedOn: 'TitleMeta',
        next: 'BodyText',
        paragraph: { spacing: { after: 480 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 12 } } },
        run: { italics: true },
      },
      { id: 'GroupLabel', name: 'Group Label', basedOn: 'Normal', next: 'Normal', paragraph: { keepNext: true, spacing: { before: 80, after: 80 } }, run: { italics: true } },
      { id: 'ListBody', name: 'List Body', basedOn: 'ListParagraph' },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', paragraph: { spacing: { before: 40, after: 40, line: 252 } }, run: { size: 19 } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER }, run: { size: 17, color: '555555' } },
    ],
  },
};

/** Paragraph style ids for the template roles of paragraphs. */
export const roleStyles: Record<string, string> = {
  kicker: 'Kicker',
  dates: 'TitleMeta',
  venue: 'TitleMetaLast',
  'group-label': 'GroupLabel',
};
