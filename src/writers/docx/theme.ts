import { AlignmentType, BorderStyle, LevelFormat, type ILevelsOptions, type IStylesOptions } from 'docx';
import { isHanLanguage } from '../../fonts/index.js';

/** Everything about the DOCX's look. Sizes are half-points (22 = 11 pt); lengths twentieths of a point. */
export interface DocxTheme {
  /** w:lang of the document's runs: Latin, and East Asian where the edition is Chinese. */
  language: { value: string; eastAsia?: string };
  styles: IStylesOptions;
  bulletLevels: ILevelsOptions[];
  orderedLevels: ILevelsOptions[];
  /** Participants table: name column share, in percent. */
  nameColumnPercent: number;
}

type FontSet = { ascii: string; hAnsi: string; cs: string; eastAsia?: string; hint?: string };

interface ThemeOptions {
  body: FontSet;
  heading: FontSet;
  language: DocxTheme['language'];
  /** Body size in half-points and line spacing in 240ths of a line. */
  size: number;
  line: number;
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  nameColumnPercent: number;
  /** How labels (venue, "Raised by …") stand out: italics in Latin type, bold in Han type, which has no italics. */
  label: { italics?: boolean; bold?: boolean };
}

const indentFor = (level: number) => ({ indent: { left: 567 * (level + 1), hanging: 284 } });
const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions => ({
  level: n,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: indentFor(n) },
});

/** Named Word styles, so that staff can restyle a document in Word instead of fighting direct formatting. */
function makeDocxTheme({ body, heading, language, size, line, alignment, nameColumnPercent, label }: ThemeOptions): DocxTheme {
  return {
    language,
    nameColumnPercent,
    bulletLevels: [level(0, LevelFormat.BULLET, '•'), level(1, LevelFormat.BULLET, '◦'), level(2, LevelFormat.BULLET, '▪')],
    orderedLevels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '%2)'), level(2, LevelFormat.LOWER_ROMAN, '%3.')],
    styles: {
      default: {
        document: { run: { font: body, size, language }, paragraph: { spacing: { after: 140, line } } },
        title: { run: { font: heading, size: 40, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 200 } } },
        heading1: { run: { font: heading, size: 28, bold: true }, paragraph: { spacing: { before: 360, after: 140 }, keepNext: true } },
        heading2: { run: { font: heading, size: 24, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        listParagraph: { paragraph: { spacing: { after: 80 } } },
      },
      paragraphStyles: [
        { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', quickFormat: true, paragraph: { alignment } },
        { id: 'Kicker', name: 'Kicker', basedOn: 'Normal', next: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 80 } }, run: { color: '333333' } },
        { id: 'TitleMeta', name: 'Title Meta', basedOn: 'Normal', next: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 40 } } },
        {
          id: 'TitleMetaLast',
          name: 'Title Meta Last',
          basedOn: 'TitleMeta',
          next: 'BodyText',
          paragraph: { spacing: { after: 480 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 12 } } },
          run: label,
        },
        { id: 'GroupLabel', name: 'Group Label', basedOn: 'Normal', next: 'Normal', paragraph: { keepNext: true, spacing: { before: 80, after: 80 } }, run: label },
        { id: 'ListBody', name: 'List Body', basedOn: 'ListParagraph', paragraph: { alignment } },
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', paragraph: { spacing: { before: 40, after: 40, line: Math.round(line * 0.85) } }, run: { size: size - 3 } },
        { id: 'TableHeading', name: 'Table Heading', basedOn: 'TableText', run: { font: heading, bold: true } },
        { id: 'Footer', name: 'footer', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER }, run: { size: 17, color: '555555' } },
      ],
    },
  };
}

const latin = (name: string): FontSet => ({ ascii: name, hAnsi: name, cs: name });

/** Left-aligned like the PDF edition: the same text should not look different in Word. */
const latinDocxTheme = makeDocxTheme({
  body: latin('Times New Roman'),
  heading: latin('Times New Roman'),
  language: { value: 'en-US' },
  size: 22,
  line: 300,
  alignment: AlignmentType.LEFT,
  nameColumnPercent: 30,
  label: { italics: true },
});

/**
 * Chinese: 宋体 (SimSun) body and 黑体 (SimHei) headings for Han text, Latin runs in Times New Roman;
 * the eastAsia hint makes Word set “”（） in the Chinese font. 10.5 pt (五号), 1.5 lines, justified.
 */
const hanDocxTheme = makeDocxTheme({
  body: { ...latin('Times New Roman'), eastAsia: 'SimSun', hint: 'eastAsia' },
  heading: { ...latin('Times New Roman'), eastAsia: 'SimHei', hint: 'eastAsia' },
  language: { value: 'en-US', eastAsia: 'zh-CN' },
  size: 21,
  line: 360,
  alignment: AlignmentType.JUSTIFIED,
  nameColumnPercent: 24,
  label: { bold: true },
});

export function docxThemeFor(lang: string): DocxTheme {
  return isHanLanguage(lang) ? hanDocxTheme : latinDocxTheme;
}

/** Paragraph style ids for the template roles of paragraphs. */
export const roleStyles: Record<string, string> = {
  kicker: 'Kicker',
  dates: 'TitleMeta',
  venue: 'TitleMetaLast',
  'group-label': 'GroupLabel',
};
