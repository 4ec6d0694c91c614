/** The guesses the importer makes from wording, one table per guess. */
import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../../src/import/dates.js';
import { announcedCount, isGroupLabel, isHeadingLike, looksLikeDateLine } from '../../src/import/heuristics.js';
import { idFromWords, slugify } from '../../src/import/ids.js';
import { buildList, markedEntry } from '../../src/import/lists.js';
import { splitMarker } from '../../src/import/markers.js';
import { detectOrganizers, detectSession } from '../../src/import/metadata.js';
import { affiliationsOf, parsePerson } from '../../src/import/participants.js';
import { joinLines, shorten } from '../../src/import/rich-text.js';
import { fromAllCaps } from '../../src/import/title-case.js';

describe('import heuristics', () => {
  it.each([
    ['November 17-18, 2021', { start: '2021-11-17', end: '2021-11-18' }],
    ['November 17 and 18, 2021', { start: '2021-11-17', end: '2021-11-18' }],
    ['November 30 – December 1, 2021', { start: '2021-11-30', end: '2021-12-01' }],
    ['December 30, 2021 - January 2, 2022', { start: '2021-12-30', end: '2022-01-02' }],
    ['17–18 Nov. 2021', { start: '2021-11-17', end: '2021-11-18' }],
    ['Sept 9th, 2024', { start: '2024-09-09', end: '2024-09-09' }],
    ['2021-11-17 to 2021-11-18', { start: '2021-11-17', end: '2021-11-18' }],
    ['February 30, 2021', undefined],
    ['Zoom meeting', undefined],
    ['Executive Order 14257 of April 2, 2025, and 14259 of April 8, 2025', undefined],
  ])('reads the date line %j', (line, range) => expect(parseDateRange(line)).toEqual(range));

  it.each([
    ['The Importance of a Global Digital Economy', 'importance-global'],
    ['The Way Forward: Need for Dialogue', 'way-forward'],
    ['Article 12', 'article-12'],
    ['U.S.-China Relations', 'us-china-relations'],
    ['Über Café Standards', 'uber-cafe-standards'],
    ['序言', ''],
  ])('makes an id from the heading %j', (heading, id) => expect(idFromWords(heading)).toBe(id));

  it('makes person ids from whole names', () => expect(['CHEN Xiaogong', 'Dennis Blair', "Pat O'Neil"].map(slugify)).toEqual(['chen-xiaogong', 'dennis-blair', 'pat-oneil']));

  it.each([
    ['U.S.-CHINA TRACK II DIALOGUE ON THE DIGITAL ECONOMY', 'U.S.-China Track II Dialogue on the Digital Economy'],
    ['AMERICAN PARTICIPANTS', 'American Participants'],
    ['The Way Forward', 'The Way Forward'],
  ])('sets %j in title case only when it is all capitals', (text, expected) => expect(fromAllCaps(text)).toBe(expected));

  it.each([
    ['Dennis Blair\tKnott Professor, University of North Carolina at Chapel Hill', { name: 'Dennis Blair', position: 'Knott Professor, University of North Carolina at Chapel Hill' }],
    ['Jane Roe\tDirector\tExample Institute', { name: 'Jane Roe', position: 'Director, Example Institute' }],
    ['Bob Sample, Professor of Statistics', { name: 'Bob Sample', position: 'Professor of Statistics' }],
    ['Ann Lee – Senior Fellow', { name: 'Ann Lee', position: 'Senior Fellow' }],
    ['Wen Zhumu', { name: 'Wen Zhumu', position: '' }],
  ])('reads the participant line %j', (line, person) => expect(parsePerson(line)).toEqual(person));

  it('takes affiliations from the last part of each role that names an organization', () => {
    expect(affiliationsOf('Executive Chairman, Yangtze Memory Technologies; Co-President, Tsinghua Unigroup Co. Ltd')).toEqual(['Tsinghua Unigroup Co. Ltd']);
    expect(affiliationsOf('Senior Expert, Science, Technology and Legal Policy')).toEqual([]);
    expect(affiliationsOf('President, China Electronics Institute; Secretary-General, China Semiconductor Industry Association')).toEqual(['China Electronics Institute', 'China Semiconductor Industry Association']);
  });

  it('tells headings, date lines and labels from sentences', () => {
    expect(['Conclusion', 'CHINESE PARTICIPANTS', '数字经济脱钩的当前风险与危害', 'Zoom meeting'].every(isHeadingLike)).toBe(true);
    expect(['Now, therefore,', 'The key areas include the following:', 'to market fragmentation', 'Name\tPosition', '结语。'].some(isHeadingLike)).toBe(false);
    expect(['November 17-18, 2021', '2021年11月17日至18日'].every(looksLikeDateLine)).toBe(true);
    expect(['Joint Statement 2025', 'Article 12'].some(looksLikeDateLine)).toBe(false);
    expect(['Raised by the Chinese team:', '中方提出：'].every(isGroupLabel)).toBe(true);
    expect(['The delegations agreed on the following:', 'The key areas that should be considered for discussion in the Track I dialogue include:'].some(isGroupLabel)).toBe(false);
  });

  it('counts the sub-items an item announces', () => {
    expect(announcedCount('Define X. We see two parallel implementations of such an approach:')).toBe(2);
    expect(announcedCount('Two things matter. The 3 steps are:')).toBe(3);
    expect(announcedCount('The areas include:')).toBeUndefined();
    expect(announcedCount('We see two implementations.')).toBeUndefined();
  });

  it('reads the session and the organizers from the opening sentence', () => {
    const opening = 'The National Committee on U.S.-China Relations and the <strong>China Institute for Innovation & Development Strategy</strong> convened their fourth Track II Dialogue on the Digital Economy virtually.';
    expect(detectSession(opening)).toBe(4);
    expect(detectSession('Held for the 12th round of talks.')).toBe(12);
    expect(detectSession('The first point is this.')).toBeUndefined();
    expect(detectOrganizers(opening)).toEqual(['National Committee on U.S.-China Relations', 'China Institute for Innovation & Development Strategy']);
    expect(detectOrganizers('We convened in Geneva.')).toEqual([]);
  });

  it('joins Chinese lines without a space and shortens texts at a word', () => {
    expect(joinLines(['人人生而自由，', '在尊严和权利上一律平等。'])).toBe('人人生而自由，在尊严和权利上一律平等。');
    expect(joinLines(['a <strong>bold</strong>', 'word'])).toBe('a <strong>bold</strong> word');
    expect(shorten('Whereas Member States have pledged themselves to achieve', 40)).toBe('Whereas Member States have pledged…');
  });
});

describe('dates in every usual form', () => {
  it.each([
    ['January 1, 1979', { start: '1979-01-01', end: '1979-01-01' }],
    ['June 10-11, 2024', { start: '2024-06-10', end: '2024-06-11' }],
    ['10–11 June 2024', { start: '2024-06-10', end: '2024-06-11' }],
    ['17-18 November 2021', { start: '2021-11-17', end: '2021-11-18' }],
    ['2021年11月17日', { start: '2021-11-17', end: '2021-11-17' }],
    ['2021年11月17日至18日', { start: '2021-11-17', end: '2021-11-18' }],
    ['2021年11月30日至12月1日', { start: '2021-11-30', end: '2021-12-01' }],
    ['一九七九年一月一日', { start: '1979-01-01', end: '1979-01-01' }],
    ['二〇二一年十一月十七日', { start: '2021-11-17', end: '2021-11-17' }],
    ['~9 September 1971', undefined],
    ['2021年13月1日', undefined],
  ])('reads %j', (line, range) => expect(parseDateRange(line)).toEqual(range));

  it('knows Chinese date lines as date lines', () => expect(['一九七九年一月一日', '2021年11月17日'].every(looksLikeDateLine)).toBe(true));
});

describe('list markers as printed', () => {
  it.each([
    ['- item', 'bullet:-', true],
    ['-- item', 'bullet:--', true],
    ['— item', 'bullet:—', true],
    ['—— 条目', 'bullet:——', true],
    ['• item', 'bullet:•', true],
    ['1. item', 'decimal.', false],
    ['1) item', 'decimal)', false],
    ['1．条目', 'decimal．', false],
    ['(a) item', '(lower-alpha)', false],
    ['a. item', 'lower-alpha.', false],
    ['iv. item', 'lower-roman.', false],
    ['（一）条目', '(cjk)', false],
    ['一、条目', 'cjk、', false],
  ])('%j starts with a %s marker', (text, family, bullet) => expect(splitMarker(text)?.marker).toMatchObject({ family, bullet }));

  it.each(['U.S. companies agreed.', 'Article 1', 'e.g. this', '2021. The year', '第一条 定义'])('%j starts with no marker', (text) => expect(splitMarker(text)).toBeUndefined());

  it('nests by marker family, tells the letter i after h from the numeral, and keeps the numbering as printed', () => {
    const entries = ['a. First', '1. One', 'A. Upper', '2. Two', 'h. Eighth', 'i. Ninth', '（一）条目'].map((text) => markedEntry(text)!);
    expect(buildList(entries)).toEqual({
      ordered: true,
      printed: true,
      items: [
        { text: 'a. First', items: [{ text: '1. One', items: [{ text: 'A. Upper', items: [] }] }, { text: '2. Two', items: [] }] },
        { text: 'h. Eighth', items: [] },
        { text: 'i. Ninth', items: [{ text: '（一）条目', items: [] }] },
      ],
    });
  });

  it('makes dashes alone a bulleted list without the dashes', () => {
    expect(buildList(['-- one', '-- two', '—— 三'].map((text) => markedEntry(text)!))).toEqual({
      ordered: false,
      printed: false,
      // "——" is another family than "--": a level below the item above it.
      items: [{ text: 'one', items: [] }, { text: 'two', items: [{ text: '三', items: [] }] }],
    });
  });
});
