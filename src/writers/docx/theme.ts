import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type ILevelsOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { LANGUAGES, languageFor, type Language, type OrderedMark } from '../../languages/index.js';

/** Everything about the DOCX's look. Sizes are half-points (22 = 11 pt); lengths twentieths of a point. */
export interface DocxTheme {
  /**
   * Appended to this theme's style ids where it is not the document's main theme, so that one
   * document can hold several languages' styles (BodyText and BodyTextZh in an English document,
   * BodyText and BodyTextEn in a Chinese one): the language id in upper camel case (En, Zh, ZhHant).
   */
  suffix: string;
  /** Font size of body text in points and the width of a parallel column in points, for estimating lines. */
  bodyPoints: number;
  /** Line spacing of body text, in 240ths of a line. */
  line: number;
  /** docDefaults when this theme's language is the document's. */
  defaults: NonNullable<IStylesOptions['default']>;
  /** Named paragraph styles, ids without the suffix; staff restyle documents through them in Word. */
  paragraphStyles: IParagraphStyleOptions[];
  bulletLevels: ILevelsOptions[];
  orderedLevels: ILevelsOptions[];
}

type FontSet = { ascii: string; hAnsi: string; cs: string; eastAsia?: string; hint?: string };

const indentFor = (level: number) => ({ indent: { left: 567 * (level + 1), hanging: 284 } });
const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions => ({
  level: n,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: indentFor(n) },
});

const LEVEL_FORMATS: Record<OrderedMark['format'], (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  'lower-alpha': LevelFormat.LOWER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
};

/** Word numbering levels from a language's list marks. */
function numberingLevels(marks: Language['listMarks']): Pick<DocxTheme, 'bulletLevels' | 'orderedLevels'> {
  return {
    bulletLevels: marks.bullets.map((mark, n) => level(n, LevelFormat.BULLET, mark.char)),
    orderedLevels: marks.ordered.map((mark, n) => level(n, LEVEL_FORMATS[mark.format], `${mark.prefix}%${n + 1}${mark.suffix}`)),
  };
}

const headingSizes = { Title: 40, Heading1: 28, Heading2: 24 } as const;

/** The heading styles Word has built in; their ids, names and outline levels are Word's own. */
export const HEADING_STYLE_IDS = ['Title', 'Heading1', 'Heading2'] as const;

/**
 * Title, Heading 1 and Heading 2 with Word's built-in ids and names ("heading 1"), kept with the next
 * paragraph and outline levels 1–2 for the headings, so that Word's and LibreOffice's navigators,
 * tables of contents and PDF bookmarks find them (Title, as in Word, is not in the outline).
 */
function headingStyles(heading: FontSet): IParagraphStyleOptions[] {
  const common = { basedOn: 'Normal', next: 'BodyText', quickFormat: true };
  return [
    { ...common, id: 'Title', name: 'Title', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 200 }, keepNext: true, keepLines: true }, run: { font: heading, size: headingSizes.Title, bold: true } },
    { ...common, id: 'Heading1', name: 'heading 1', paragraph: { spacing: { before: 360, after: 140 }, keepNext: true, keepLines: true, outlineLevel: 0 }, run: { font: heading, size: headingSizes.Heading1, bold: true } },
    { ...common, id: 'Heading2', name: 'heading 2', paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 }, run: { font: heading, size: headingSizes.Heading2, bold: true } },
  ];
}

const ALIGNMENTS = { left: AlignmentType.LEFT, justify: AlignmentType.JUSTIFIED } as const;

/** `zh-Hant` → `ZhHant`: a style id suffix from a language id. */
const suffixOf = (id: string): string => id.replace(/(?:^|-)(\w)/g, (_m, c: string) => c.toUpperCase());

/**
 * A language's theme, from its entry in the language table: its Latin face for ascii/hAnsi/cs, East Asian
 * faces named separately (so that Chinese is measured and set as Chinese in every language's text),
 * w:lang with its eastAsia tag. Labels (venue, "Raised by …") stand out in italics in Latin type, in bold
 * in Han type, which has no italics.
 */
function makeDocxTheme(language: Language): DocxTheme {
  const { latinFont, eastAsia, eastAsiaHint, size, line } = language.docx;
  const fontSet = (eastAsiaFace: string): FontSet => ({ ascii: latinFont, hAnsi: latinFont, cs: latinFont, eastAsia: eastAsiaFace, ...(eastAsiaHint ? { hint: 'eastAsia' } : {}) });
  const [body, heading] = [fontSet(eastAsia.body.name), fontSet(eastAsia.heading.name)];
  const alignment = ALIGNMENTS[language.docx.alignment];
  const label = language.writing === 'han' ? { bold: true } : { italics: true };
  return {
    suffix: suffixOf(language.id),
    line,
    ...numberingLevels(language.listMarks),
    bodyPoints: size / 2,
    defaults: {
      document: { run: { font: body, size, language: { ...language.docx.language } }, paragraph: { spacing: { after: 140, line, lineRule: LineRuleType.AUTO } } },
      listParagraph: { paragraph: { spacing: { after: 80 } } },
    },
    paragraphStyles: [
      ...headingStyles(heading),
      { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', quickFormat: true, paragraph: { alignment }, run: { font: body, size } },
      { id: 'Kicker', name: 'Kicker', basedOn: 'Normal', next: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 80 } }, run: { font: body, color: '333333' } },
      { id: 'TitleMeta', name: 'Title Meta', basedOn: 'Normal', next: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 40 } }, run: { font: body } },
      { id: 'Venue', name: 'Venue', basedOn: 'TitleMeta', next: 'BodyText', run: label },
      {
        // An empty paragraph whose bottom border closes the title block.
        id: 'TitleRule',
        name: 'Title Rule',
        basedOn: 'Normal',
        next: 'BodyText',
        paragraph: { spacing: { after: 480 }, indent: { left: 2835, right: 2835 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1 } } },
      },
      { id: 'GroupLabel', name: 'Group Label', basedOn: 'Normal', next: 'Normal', paragraph: { keepNext: true, spacing: { before: 80, after: 80 } }, run: { font: body, ...label } },
      { id: 'ListBody', name: 'List Body', basedOn: 'ListParagraph', paragraph: { alignment }, run: { font: body, size } },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', paragraph: { spacing: { before: 40, after: 40, line: Math.round(line * 0.85), lineRule: LineRuleType.AUTO } }, run: { font: body, size: size - 3 } },
      { id: 'TableHeading', name: 'Table Heading', basedOn: 'TableText', run: { font: heading, bold: true } },
      { id: 'ExcerptNote', name: 'Excerpt Note', basedOn: 'Normal', next: 'BodyText', paragraph: { spacing: { after: 240 }, indent: { left: 227 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BBBBBB', space: 8 } } }, run: { ...label, font: body, size: size - 2, color: '444444' } },
      { id: 'SummaryIntro', name: 'Summary Intro', basedOn: 'BodyText', next: 'ListBody' },
      // The cover page of a packet: centered, spaced down the page.
      { id: 'CoverDialogue', name: 'Cover Dialogue', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 2000, after: 120 } }, run: { font: body, size: size + 5, color: '333333' } },
      { id: 'CoverSession', name: 'Cover Session', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 560 } }, run: { font: body, color: '555555' } },
      { id: 'CoverTitle', name: 'Cover Title', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } }, run: { font: body, size: 40, bold: true } },
      { id: 'CoverLine', name: 'Cover Line', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 200, after: 80 } }, run: { font: body } },
      { id: 'CoverRecipient', name: 'Cover Recipient', basedOn: 'CoverLine', paragraph: { spacing: { before: 1200 } }, run: { size: size + 3 } },
      { id: 'CoverNote', name: 'Cover Note', basedOn: 'CoverLine', run: label },
      { id: 'CoverMarking', name: 'Cover Marking', basedOn: 'CoverLine', paragraph: { spacing: { before: 800 } }, run: { bold: true, color: '8B1A1A' } },
      { id: 'CoverIssued', name: 'Cover Issued', basedOn: 'CoverLine', paragraph: { spacing: { before: 1200 } }, run: { size: size - 2, color: '555555' } },
      // Word's "TOC Heading": set like Heading 1 but not a heading, so the contents do not list themselves.
      { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 360, after: 140 }, keepNext: true }, run: { font: heading, size: headingSizes.Heading1, bold: true } },
      { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: 16, color: '666666' } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER }, run: { size: 17, color: '555555' } },
    ],
  };
}

const themes = new Map(LANGUAGES.map((language) => [language, makeDocxTheme(language)]));

export function docxThemeFor(lang: string): DocxTheme {
  return themes.get(languageFor(lang))!;
}

/** Whether a paragraph style of a theme sets its text in bold, as inherited through its `basedOn` styles. */
export function styleIsBold(theme: DocxTheme, id: string): boolean {
  const style = theme.paragraphStyles.find((s) => s.id === id);
  if (!style) return false;
  return style.run?.bold ?? (style.basedOn ? styleIsBold(theme, style.basedOn) : false);
}

/** The suffix of a theme's style ids in a document whose main theme is `primary`. */
export const styleSuffix = (theme: DocxTheme, primary: DocxTheme): string => (theme === primary ? '' : theme.suffix);

/**
 * The styles part of a document whose main language has `primary` and which holds text in the
 * `others` too: defaults from the primary theme, every theme's named styles under its suffix.
 * The primary theme's headings are Word's built-in Title/Heading 1/Heading 2 (docx writes those
 * from `default`); another language's headings are set alike but stay out of the outline (body-text
 * level), since the heading of a pair is listed once, in the document's language.
 */
export function documentStyles(primary: DocxTheme, others: readonly DocxTheme[]): IStylesOptions {
  const themes = [primary, ...others.filter((t) => t !== primary)];
  const own = (theme: DocxTheme) => new Set(theme.paragraphStyles.map((s) => s.id));
  const builtIn = (id: (typeof HEADING_STYLE_IDS)[number]) => primary.paragraphStyles.find((style) => style.id === id)!;
  return {
    default: { ...primary.defaults, title: builtIn('Title'), heading1: builtIn('Heading1'), heading2: builtIn('Heading2') },
    paragraphStyles: themes.flatMap((theme) => {
      const suffix = styleSuffix(theme, primary);
      return theme.paragraphStyles
        .filter((style) => !(theme === primary && (HEADING_STYLE_IDS as readonly string[]).includes(style.id)))
        .map((style) => ({
          ...style,
          id: style.id + suffix,
          name: style.name + (suffix ? ` (${suffix})` : ''),
          basedOn: style.basedOn && own(theme).has(style.basedOn) ? style.basedOn + suffix : style.basedOn,
          next: style.next && own(theme).has(style.next) ? style.next + suffix : style.next,
          ...(suffix && (HEADING_STYLE_IDS as readonly string[]).includes(style.id) ? { paragraph: { ...style.paragraph, outlineLevel: BODY_TEXT_LEVEL } } : {}),
        }));
    }),
  };
}

/** w:outlineLvl 9: body text, not in the outline. */
const BODY_TEXT_LEVEL = 9;

/** Paragraph style ids for the template roles of paragraphs. */
export const roleStyles: Record<string, string> = {
  kicker: 'Kicker',
  dates: 'TitleMeta',
  venue: 'Venue',
  'group-label': 'GroupLabel',
  'excerpt-note': 'ExcerptNote',
  'summary-intro': 'SummaryIntro',
  'cover-dialogue': 'CoverDialogue',
  'cover-session': 'CoverSession',
  'cover-title': 'CoverTitle',
  'cover-dates': 'CoverLine',
  'cover-recipient': 'CoverRecipient',
  'cover-note': 'CoverNote',
  'cover-marking': 'CoverMarking',
  'cover-issued': 'CoverIssued',
};
