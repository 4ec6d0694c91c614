/**
 * An agreement as the importer understands it, in one language and without ids: the title lines,
 * sections of paragraphs, lists and labelled groups, and the participants. English becomes the
 * structured source; a translation is aligned with it.
 */
import type { SourceItem } from './source-document.js';

export type ImportedItem = SourceItem;

export type ImportedBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: ImportedItem[] }
  /** "Raised by the Chinese team:" and the list it introduces. */
  | { type: 'group'; label: string; blocks: ImportedBlock[] };

export interface ImportedSection {
  /** Plain text; absent for the opening paragraphs before the first heading. */
  heading?: string;
  blocks: ImportedBlock[];
}

export interface ImportedPerson {
  name: string;
  position: string;
}

export interface ImportedDelegation {
  heading: string;
  people: ImportedPerson[];
}

export interface ImportedDocument {
  /** Plain lines before the text: dialogue, title, date, venue, as far as present. */
  titleLines: string[];
  sections: ImportedSection[];
  delegations: ImportedDelegation[];
  /** What the importer guessed, for the user to review. */
  notes: string[];
}
