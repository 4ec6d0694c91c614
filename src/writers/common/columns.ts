import type { TableCell } from '../../tree/types.js';

/**
 * Column widths in percent for a participants table: each language gets an equal share, split
 * between the name column (the first of that language's columns) and the position column.
 */
export function participantColumnPercents(header: readonly TableCell[], nameShare: (lang: string | undefined) => number): number[] {
  const languages = [...new Set(header.map((cell) => cell.lang))];
  return header.map((cell, i) => {
    const first = header.findIndex((c) => c.lang === cell.lang) === i;
    const share = nameShare(cell.lang);
    return ((first ? share : 1 - share) * 100) / languages.length;
  });
}
