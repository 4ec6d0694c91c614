/**
 * Participants lists: lines "Name<TAB>Position" (tables arrive that way too) or "Name, Position"
 * under a heading such as "AMERICAN PARTICIPANTS".
 */
import type { ImportedPerson } from './imported-document.js';
import { plain } from './rich-text.js';
import { ORGANIZATION_WORDS, PARTICIPANT_HEADING } from './vocabulary.js';

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
