/**
 * An agreement as the importer understands it, in one language and without ids: the title lines,
 * sections of paragraphs, lists, tables and labelled groups, and the participants. English becomes
 * the structured source; a translation is aligned with it.
 */
import type { SourceItem } from './source-document.js';

export type ImportedItem = SourceItem;

export type ImportedBlock =
  | { type: 'paragraph'; text: string }
  /** `printed`: every item's text starts with its marker as printed ("a.", "(1)", "（一）"). */
  | { type: 'list'; ordered: boolean; printed: boolean; items: ImportedItem[] }
  /** "Raised by the Chinese team:" and the list it introduces. */
  | { type: 'group'; label: string; blocks: ImportedBlock[] }
  | { type: 'table'; header: boolean; rows: string[][] };

export interface ImportedSection {
  /** Plain text; absent for the opening paragraphs before the first heading, and for the notes. */
  heading?: string;
  /** The footnotes, gathered after the text. */
  role?: 'notes';
  blocks: ImportedBlock[];
}

export interface ImportedPerson {
  name: string;
  position: string;
}

export interface ImportedDelegation {
  /** Absent when the list has no heading of its own (only "Participants", which the templates print anyway). */
  heading?: string;
  people: ImportedPerson[];
}

export interface ImportedDocument {
  /** Plain lines before the text: dialogue, title, date, venue, as far as present. */
  titleLines: string[];
  /** The title in the file's properties, for a document whose text has no title lines. */
  metadataTitle?: string;
  sections: ImportedSection[];
  delegations: ImportedDelegation[];
  /** What the importer guessed, for the user to review. */
  notes: string[];
}
