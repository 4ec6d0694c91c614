/**
 * Lists from paragraphs that start with a marker ("a. …", "(1) …", "—— …", "（一）…"), whatever
 * the format: each marker family is a nesting level, opened by its first item and returned to by
 * the next item of that family. Numbers and letters stay in the text exactly as printed; a list
 * of dashes or bullets alone is an ordinary bulleted list.
 */
import { asLetter, splitMarker, type Marker } from './markers.js';
import type { ImportedItem } from './imported-document.js';

export interface MarkedEntry {
  marker: Marker;
  /** The text after the marker. */
  text: string;
  /** The whole text, marker included, exactly as printed. */
  printed: string;
  /** Sub-items the file itself nests under this one (Markdown, Word, HTML lists). */
  items: ImportedItem[];
}

export interface MarkedList {
  ordered: boolean;
  printed: boolean;
  items: ImportedItem[];
}

/** The marker a paragraph or item starts with, and its text; undefined when it has none. */
export function markedEntry(text: string, items: ImportedItem[] = []): MarkedEntry | undefined {
  const found = splitMarker(text);
  return found && { marker: found.marker, text: found.rest, printed: text.trim(), items };
}

interface Level {
  family: string;
  items: ImportedItem[];
  last?: Marker;
}

/** One list from a run of marked entries, nested by marker family. */
export function buildList(entries: readonly MarkedEntry[]): MarkedList {
  const printed = entries.some((entry) => !entry.marker.bullet);
  const root: ImportedItem[] = [];
  const levels: Level[] = [];
  for (const entry of entries) {
    const marker = asLetter(entry.marker, letterBefore(levels, entry.marker));
    let depth = levels.findIndex((level) => level.family === marker.family);
    if (depth === -1) {
      const parent = levels.at(-1)?.items.at(-1);
      levels.push({ family: marker.family, items: parent ? parent.items : root });
      depth = levels.length - 1;
    } else {
      levels.length = depth + 1;
    }
    const level = levels[depth]!;
    level.items.push({ text: printed ? entry.printed : entry.text, items: [...entry.items] });
    level.last = marker;
  }
  return { ordered: printed, printed, items: root };
}

/** The last letter marker of the level whose family a Roman-looking letter ("i.") would continue. */
function letterBefore(levels: readonly Level[], marker: Marker): Marker | undefined {
  const alphaFamily = marker.family.replace('roman', 'alpha');
  return levels.find((level) => level.family === alphaFamily)?.last;
}
