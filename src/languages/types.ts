import type { FontFamily } from '../fonts/index.js';

/** How an ordered list's number is written at one level: 1. / a) / （1）. */
export interface OrderedMark {
  format: 'decimal' | 'lower-alpha' | 'lower-roman';
  prefix: string;
  suffix: string;
}

/** A bullet's shape at one level, with the character that draws it where a format needs one. */
export interface BulletMark {
  shape: 'disc' | 'circle' | 'square';
  char: string;
}

export interface ListMarks {
  bullets: readonly BulletMark[];
  ordered: readonly OrderedMark[];
}

/** The faces a language is set in: a body family (regular and bold), and a family for headings (bold). */
export interface LanguageFonts {
  body: FontFamily;
  heading: FontFamily;
}

/**
 * The script-specific parts of `check` a language takes (the rules about markup, numbers, placeholders,
 * structure and staleness apply to every language):
 * - punctuation: full-width punctuation next to Han characters;
 * - untranslated: a string mostly in Latin script is not translated;
 * - terminology: a standard glossary term is rendered as the glossary's column of the language says;
 * - style: acronyms, one name per organization, no ASCII slash between Han words.
 */
export type ScriptRule = 'punctuation' | 'untranslated' | 'terminology' | 'style';

/**
 * A language made by machine conversion from another (Traditional Chinese from Simplified with OpenCC):
 * `briefing convert` writes it, and marks each converted string for review.
 */
export interface Conversion {
  /** The language it is converted from (its id). */
  from: string;
  /**
   * The opencc-js locales of the conversion: `from` → `to` with regional phrases (cn → twp: Taiwan
   * standard characters and Taiwan vocabulary), and `characters`, the same without phrases (tw), for
   * names, which change script but not words.
   */
  opencc: { from: string; to: string; characters: string };
  /**
   * Phrases of the source written as given here rather than as OpenCC's phrase table has them, where
   * the table's regional word changes the meaning in this register (文件, a document, is not 檔案,
   * a computer file).
   */
  phrases: Readonly<Record<string, string>>;
  /** Punctuation written differently after conversion (quotation marks “” → 「」). */
  punctuation: Readonly<Record<string, string>>;
}

/**
 * One language of the project: everything the writers, the checks and the commands need to know about
 * it. The table (languages/index.ts) is the only place that does; adding a language is a
 * locales/<id>/ folder plus one entry.
 */
export interface Language {
  /** The project's name for it: the locales/<id>/ folder, the edition id and output names (zh.pdf). */
  id: string;
  /** BCP 47 tag of its text (HTML lang, PDF structure /Lang of a cell, Markdown notes): en, zh-Hans. */
  tag: string;
  /** BCP 47 tag office formats use (PDF /Lang of the document, Word's w:lang): en-US, zh-CN. */
  officeTag: string;
  /** ISO 15924 script code. */
  script: 'Latn' | 'Hans' | 'Hant';
  /**
   * How its text is set: `latin` (spaces between words, italic labels and emphasis) or `han` (Han
   * characters, no spaces, no italics: labels in bold, emphasis with dots under the characters).
   */
  writing: 'latin' | 'han';
  fonts: LanguageFonts;
  /** The common: key of its column heading in the glossary annex. */
  glossaryHeading: string;
  html: {
    /** The CSS selector of its text; its variables apply inside it. */
    selector: string;
    /** A comment in the stylesheet saying what the block sets. */
    note: string;
    /** Font stacks: the embedded font first, then the platform's faces of the same style. */
    bodyStack: string;
    headingStack: string;
    lineHeight: number;
    /** The measure (max width) of one-language text. */
    measure: string;
    align: 'left' | 'justify';
    /** Width of a participants table's name column. */
    nameColumn: string;
  };
  pdf: {
    /** Prefix of this language's named pdfmake styles (latin.body, han.body): unique in the table. */
    styleKey: string;
    /** Body size in points and line height as a multiple of it. */
    fontSize: number;
    lineHeight: number;
    alignment: 'left' | 'justify';
  };
  docx: {
    /** The Latin face (ascii, hAnsi, cs); Word's own, so that no font needs embedding. */
    latinFont: string;
    /** The East Asian faces (eastAsia) of body text and headings: this or another language's. */
    eastAsia: LanguageFonts;
    /** w:lang of text in this language: val (Latin text) and eastAsia. */
    language: { value: string; eastAsia: string };
    /** Word's hint that ambiguous characters (“”（）) are East Asian. */
    eastAsiaHint: boolean;
    /** Body size in half-points, line spacing in 240ths of a line. */
    size: number;
    line: number;
    alignment: 'left' | 'justify';
    /**
     * For an embedded East Asian family, what Word's font table says about it where embedded fonts are
     * not read: the classic face to substitute (altName), its style, and the character set (w:charset).
     */
    fontTable?: { charset: string; families: Readonly<Record<string, { altName: string; family: 'roman' | 'swiss' }>> };
  };
  listMarks: ListMarks;
  /** The script-specific check rules it takes. */
  rules: readonly ScriptRule[];
  /** Present when the language is converted by machine from another. */
  conversion?: Conversion;
}
