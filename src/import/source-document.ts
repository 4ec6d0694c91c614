/**
 * The one intermediate document every reader makes of a file, before any guessing: the headings
 * the file marks as headings, paragraphs as lines, lists with the nesting the file shows, tables,
 * and footnotes. Structure detection works on this alone, whatever the format. Text carries the
 * locale's inline markup (<strong>, <em>) and is otherwise literal, as in locale files.
 */
export type SourceBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: SourceItem[] }
  | { kind: 'table'; rows: string[][]; /** The first row holds column headings (a <th> row, a GFM header, a Word header row). */ header: boolean };

export interface SourceItem {
  /** Numbered items start with their number as printed ("3.", "(b)"); bullets are not part of the text. */
  text: string;
  items: SourceItem[];
}

export interface SourceDocument {
  blocks: SourceBlock[];
  /** Footnotes in order, each starting with its mark as the text refers to it ("[1] …"). */
  footnotes: string[];
  /** The title the file's properties give (PDF /Title, Word core title, HTML <title>), if any. */
  metadataTitle?: string;
  /** Plain text loses the indentation of sub-items: the structure step may have to infer nesting. */
  nestingMayBeLost: boolean;
}
