/**
 * The words the importer recognizes. Guessing structure from text needs some words of the source
 * language; they live here, in one place, so that supporting another language means adding words,
 * not code.
 */

/** Headings of a participants list ("AMERICAN PARTICIPANTS", "美方参会人员"). */
export const PARTICIPANT_HEADING = /participants?|delegation|delegates|attendees|参会|与会|出席|名单|代表团/i;

/** Words that carry no meaning in an id made from a heading. */
export const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is its of on or the their to with'.split(' '),
);

/** Words set in lowercase inside a title-cased heading. */
export const TITLE_SMALL_WORDS = new Set('a an and as at but by for from in nor of on or the to via vs with'.split(' '));

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "their fourth Track II Dialogue": ordinal words before a word for a meeting give the session. */
export const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
export const MEETING_WORDS = /^(dialogues?|sessions?|rounds?|meetings?|conferences?)$/i;

/** "We see two … implementations:" — a count announced before a colon. */
export const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "X and Y convened their …": the verbs that follow the organizers in an opening sentence. */
export const ORGANIZER_VERBS = /\s+(?:convened|co-convened|hosted|co-hosted|organized|organised|co-organized|held)\b/;

/** Words that mark the last part of a position as an organization ("…, Intel Corporation"). */
export const ORGANIZATION_WORDS =
  /\b(?:academy|agency|association|bank|center|centre|chamber|commission|committee|company|corporation|council|department|foundation|fund|group|inc|initiative|institute|institution|ltd|limited|ministry|office|partners|school|society|strategies|university|worldwide)\b|\bco\./i;

/** A sentence that leads into a list ("… include the following:") is a paragraph, not a group's label. */
export const LIST_LEAD_IN = /(?:\b(?:following|follows|include|includes|are|is)|如下|以下|包括)\s*[:：]$/i;

/**
 * Headings that number the parts of a document: "Article 1", "Section 2 – Scope.", "PART I",
 * "Chapter 3", "第一条", "第二章 总则". They are headings even when they end with a period.
 */
export const NUMBERED_HEADING = /^(?:(?:article|section|part|chapter|annex|appendix|schedule)\s+(?:[0-9]+[a-z]?|[IVXLC]+|one|two|three|four|five|six|seven|eight|nine|ten)\b|第[〇零一二三四五六七八九十百0-9]+[条章节部编款])/i;

/** Column headings of a participants table: a name column and a position or affiliation column. */
export const NAME_COLUMN = /^(?:names?|participants?|members?|姓名|名字|参会人员|与会人员)$/i;
export const POSITION_COLUMN = /^(?:positions?|titles?|affiliations?|organi[sz]ations?|institutions?|roles?|functions?|职务|职位|单位|机构|头衔)(?:\s*(?:and|&|\/|,|、|及|和)\s*\S+)*$/i;
