/**
 * What the data needs beyond the text: the roles of the title lines, the session number and the
 * organizers, read from the wording where the wording gives them.
 */
import { joinLines, plain } from './rich-text.js';
import { MEETING_WORDS, ORDINALS, ORGANIZER_VERBS } from './vocabulary.js';

export interface TitleRoles {
  dialogue?: string;
  title?: string;
  dateLine?: string;
  venue?: string;
}

/** Lines before the date line: the last is the title, any earlier ones name the dialogue; the line after the date is the venue. */
export function titleRoles(lines: readonly string[], isDateLine: (line: string) => boolean): TitleRoles {
  const date = lines.findIndex(isDateLine);
  const before = date === -1 ? lines : lines.slice(0, date);
  return {
    dialogue: before.length > 1 ? joinLines(before.slice(0, -1)) : undefined,
    title: before.at(-1),
    dateLine: date === -1 ? undefined : lines[date],
    venue: date === -1 ? undefined : lines[date + 1],
  };
}

/** "convened their fourth Track II Dialogue" → 4: an ordinal a few words before a word for a meeting. */
export function detectSession(text: string): number | undefined {
  const words = plain(text).split(/[^A-Za-z0-9]+/);
  for (const [i, word] of words.entries()) {
    const ordinal = ordinalOf(word);
    if (ordinal !== undefined && words.slice(i + 1, i + 5).some((next) => MEETING_WORDS.test(next))) return ordinal;
  }
  return undefined;
}

function ordinalOf(word: string): number | undefined {
  const index = ORDINALS.indexOf(word.toLowerCase());
  if (index !== -1) return index + 1;
  const numeric = /^(\d+)(?:st|nd|rd|th)$/i.exec(word);
  return numeric ? Number(numeric[1]) : undefined;
}

/**
 * "The National Committee on U.S.-China Relations and the China Institute for … convened …" →
 * the two names: the subject of the opening sentence when its verb is one of convening.
 */
export function detectOrganizers(text: string): string[] {
  const firstSentence = plain(text).split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;
  const verb = ORGANIZER_VERBS.exec(firstSentence);
  if (!verb) return [];
  const names = firstSentence
    .slice(0, verb.index)
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?\p{Lu})/u)
    .map((name) => name.replace(/^the\s+/i, '').trim());
  // Names of organizations: capitalized, more than one word ("We convened" names nobody).
  return names.every((name) => /^\p{Lu}/u.test(name) && name.split(/\s+/).length > 1) ? names : [];
}
