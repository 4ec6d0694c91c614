/**
 * Participants lists: lines "Name<TAB>Position" or "Name, Position" under a heading such as
 * "AMERICAN PARTICIPANTS", and tables whose header row names a name and a position column.
 */
import type { ImportedPerson } from './imported-document.js';
import { plain } from './rich-text.js';
import { NAME_COLUMN, ORGANIZATION_WORDS, PARTICIPANT_HEADING, POSITION_COLUMN } from './vocabulary.js';

/** A section is a participants list when its heading says so, or when every line is "name<TAB>position". */
export function isParticipantsList(heading: string, lines: readonly string[]): boolean {
  return lines.length > 0 && (PARTICIPANT_HEADING.test(heading) || lines.every((line) => line.includes('\t')));
}

export function parsePerson(line: string): ImportedPerson {
  const text = plain(line).trim();
  if (text.includes('\t')) {
    const [name, ...position] = text.split(/\s*\t+\s*/).filter(Boolean);
    return { name: name!, position: position.join(', ') };
  }
  const separated = /^(.+?)(?:\s*[,，]\s*|\s+[–—-]\s+)(.+)$/.exec(text);
  return separated ? { name: separated[1]!, position: separated[2]! } : { name: text, position: '' };
}

/**
 * "Vice President, Intel Corporation; Chair, X Council" → ["Intel Corporation", "X Council"]:
 * the last part of each role, when it reads as an organization.
 */
export function affiliationsOf(position: string): string[] {
  const found = position
    .split(/\s*[;；]\s*/)
    .map((role) => role.split(/\s*,\s*/))
    .filter((parts) => parts.length > 1)
    .map((parts) => parts.at(-1)!)
    .filter((part) => ORGANIZATION_WORDS.test(part));
  return [...new Set(found)];
}

/** The heading without its "participants" word: "AMERICAN PARTICIPANTS" → "AMERICAN", for the delegation id. */
export const delegationName = (heading: string): string => heading.replace(new RegExp(PARTICIPANT_HEADING.source, 'gi'), ' ').trim();

/**
 * The people of a participants table — one whose header row reads "Name | Position" (or
 * "Affiliation", "职务" …) — or undefined for any other table. The header row is not a person.
 */
export function participantsTable(rows: readonly string[][]): ImportedPerson[] | undefined {
  const [header, ...people] = rows.map((row) => row.map((cell) => plain(cell).trim()));
  if (header === undefined || header.length < 2 || !NAME_COLUMN.test(header[0]!) || !header.slice(1).every((cell) => POSITION_COLUMN.test(cell))) return undefined;
  return people.filter((row) => row[0] !== '').map(([name, ...position]) => ({ name: name!, position: position.filter(Boolean).join(', ') }));
}

/** "Participants", "与会人员": a heading that names no delegation, only the list (the templates print that word themselves). */
export const namesNoDelegation = (heading: string): boolean => PARTICIPANT_HEADING.test(heading) && delegationName(heading) === '';
