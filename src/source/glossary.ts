import path from 'node:path';
import { ContentError } from '../errors.js';
import { findLanguage } from '../languages/index.js';
import { SOURCE_LANGUAGE } from './keys.js';
import { findTextProblem } from './text-problems.js';
import { readTextFile } from './text-file.js';

export const GLOSSARY_FILE = path.join('data', 'glossary.tsv');

/** A glossary row: an English term and its reference rendering in other languages. */
export interface GlossaryTerm {
  english: string;
  /** The rendering in each language the glossary has a column for (by language id), where the cell is not empty. */
  renderings: Readonly<Record<string, string>>;
  kind: string;
  /** standard: established rendering; verify: plausible, to be confirmed. */
  status: 'standard' | 'verify';
  line: number;
}

/** A term's reference rendering in a language (id), if the glossary gives one. */
export const renderingIn = (term: GlossaryTerm, lang: string): string | undefined => term.renderings[lang];

/** A term with its rendering in one language. */
export interface TermRendering {
  term: GlossaryTerm;
  rendering: string;
}

/** The terms the glossary renders in `lang`, with their renderings there. */
export const glossaryIn = (glossary: readonly GlossaryTerm[], lang: string): TermRendering[] =>
  glossary.flatMap((term) => {
    const rendering = renderingIn(term, lang);
    return rendering === undefined ? [] : [{ term, rendering }];
  });

const TRAILING = ['kind', 'status'];

/**
 * Reads data/glossary.tsv: a header row naming the columns — the source language (`en`), one column
 * per language the glossary renders terms in (`zh`, `zh-Hant` …), then `kind` and `status` — and a row
 * per term; `#` comments. A language's cell may be empty (no reference rendering in it yet).
 */
export async function loadGlossary(root: string): Promise<GlossaryTerm[]> {
  const text = await readTextFile(path.join(root, GLOSSARY_FILE), GLOSSARY_FILE);
  const terms: GlossaryTerm[] = [];
  let columns: string[] | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (columns === undefined) {
      const unknown = cells.slice(1, -2).find((lang) => findLanguage(lang)?.id !== lang);
      if (cells[0] !== SOURCE_LANGUAGE || cells.length < 4 || cells.slice(-2).join() !== TRAILING.join() || unknown !== undefined) {
        const problem = unknown === undefined ? '' : `"${unknown}" is not a language id of the language table; `;
        throw new ContentError(GLOSSARY_FILE, `${index + 1}:1`, `${problem}the header row names the tab-separated columns: ${SOURCE_LANGUAGE}, a column per language by its id (zh …), kind, status`);
      }
      return void (columns = cells);
    }
    const [english, ...rest] = cells;
    const [kind, status] = rest.slice(-2);
    const languages = columns.slice(1, -2);
    const renderings = Object.fromEntries(languages.map((lang, i) => [lang, rest[i]!] as const).filter(([, rendering]) => rendering !== ''));
    if (!english || !kind || (status !== 'standard' && status !== 'verify') || cells.length !== columns.length || Object.keys(renderings).length === 0) {
      throw new ContentError(GLOSSARY_FILE, `${index + 1}:1`, `expected ${columns.length} tab-separated columns: ${columns.join(', ')} (status standard or verify; at least one rendering)`);
    }
    // The cells are printed (a packet's glossary annex): the same rules as every locale string.
    let column = 1;
    for (const [i, value] of cells.slice(0, -1).entries()) {
      const problem = findTextProblem(value);
      if (problem !== undefined) throw new ContentError(GLOSSARY_FILE, `${index + 1}:${column}`, `${columns[i]}: ${problem}`);
      column += value.length + 1;
    }
    terms.push({ english, renderings, kind, status, line: index + 1 });
  });
  return terms;
}

/** "Committee on Foreign Investment in the United States (CFIUS)" is also written without its acronym. */
function searchForm(english: string): string {
  return english.replace(/\s*\([^)]*\)$/, '');
}

const patterns = new WeakMap<GlossaryTerm, RegExp>();

/**
 * The term as a case-insensitive pattern, compiled once per term; wholeWords() keeps its whole-word
 * matches. (Word boundaries written into the pattern, `(?<![\p{L}\p{N}])…`, made V8 compile a
 * Unicode letter class under case folding for every term: most of the time `check` took.)
 */
function patternOf(term: GlossaryTerm): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    pattern = new RegExp(escapeRegExp(searchForm(term.english)), 'giu');
    patterns.set(term, pattern);
  }
  return pattern;
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** The matches of `pattern` in `text` with no letter or digit right before or after them. */
function* wholeWords(text: string, pattern: RegExp): Generator<{ start: number; end: number }> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    const before = [...text.slice(Math.max(0, m.index - 2), m.index)].at(-1) ?? '';
    const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) yield { start: m.index, end };
    else pattern.lastIndex = m.index + 1; // a whole word may begin inside a match that is not one
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The acronym an English term carries in parentheses: CCID for "China Electronics … Institute (CCID)". */
export function acronymOf(term: GlossaryTerm): string | undefined {
  return /\(([A-Z][A-Z0-9&]*[A-Z0-9])\)$/.exec(term.english)?.[1];
}

const acronymPatterns = new WeakMap<GlossaryTerm, RegExp | null>();

/** The term's acronym as a whole, case-sensitive word, if it has one. */
function acronymPatternOf(term: GlossaryTerm): RegExp | null {
  let pattern = acronymPatterns.get(term);
  if (pattern === undefined) {
    const acronym = acronymOf(term);
    pattern = acronym === undefined ? null : new RegExp(escapeRegExp(acronym), 'gu');
    acronymPatterns.set(term, pattern);
  }
  return pattern;
}

/** Where an English string names a glossary term, and whether by its acronym alone. */
export interface TermMatch {
  term: GlossaryTerm;
  start: number;
  end: number;
  byAcronym: boolean;
}

/**
 * The places an English string names any of `terms`, by name or, with `acronyms`, by acronym. Where
 * matches overlap ("Semiconductor Industry Association" inside "China Semiconductor Industry
 * Association") only the longest counts.
 */
export function termMatches(english: string, terms: readonly GlossaryTerm[], acronyms = false): TermMatch[] {
  const found = (term: GlossaryTerm, pattern: RegExp | null, byAcronym: boolean): TermMatch[] =>
    pattern ? [...wholeWords(english, pattern)].map(({ start, end }) => ({ term, start, end, byAcronym })) : [];
  const matches = terms.flatMap((term) => [...found(term, patternOf(term), false), ...(acronyms ? found(term, acronymPatternOf(term), true) : [])]);
  return matches.filter((a) => !matches.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}

/** The standard glossary terms an English string uses by name that the glossary renders in `lang`, with that rendering. */
export function renderedTermsIn(english: string, glossary: readonly GlossaryTerm[], lang: string): TermRendering[] {
  return glossaryIn(termsUsedIn(english, glossary), lang);
}

/** The standard glossary terms an English string uses by name. */
export function termsUsedIn(english: string, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  return [...new Set(termMatches(english, glossary.filter((term) => term.status === 'standard')).map((m) => m.term))];
}
