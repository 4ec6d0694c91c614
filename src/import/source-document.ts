/**
 * What a reader makes of a file before any guessing: the headings the file marks as headings,
 * paragraphs as lines, and lists with the nesting the file shows. Text carries the locale's inline
 * markup (<strong>, <em>) and is otherwise literal, as in locale files.
 */
export type SourceBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: SourceItem[] };

export interface SourceItem {
  text: string;
  items: SourceItem[];
}

export interface SourceDocument {
  blocks: SourceBlock[];
  /** Plain text loses the indentation of sub-items: the structure step may have to infer nesting. */
  nestingMayBeLost: boolean;
}
