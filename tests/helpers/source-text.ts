/**
 * The agreement's English source text (tests/fixtures, a copy of shared/source), cut into the
 * sentences and participant lines that every English output must carry.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { squash } from '../../src/writers/common/text.js';

export const SOURCE_FILE = path.join(import.meta.dirname, '..', 'fixtures', 'consensus-agreement-2021-11.txt');

export interface SourceText {
  /** Title block lines (dialogue, title, dates, venue): set in title case and dated by Intl in the editions. */
  titleLines: string[];
  headings: string[];
  sentences: string[];
  participants: { name: string; position: string }[];
  /** The **bold** phrases. */
  bold: string[];
}

/** Paragraphs, with lines that a page break split ("leading / to market") joined again. */
function paragraphs(text: string): string[] {
  const joined: string[] = [];
  for (const para of text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
    const previous = joined.at(-1);
    if (previous !== undefined && /^[a-z]/.test(para) && !/[.:;!?]$/.test(previous)) joined[joined.length - 1] = `${previous} ${para}`;
    else joined.push(para);
  }
  return joined;
}

export function readSourceText(): SourceText {
  const paras = paragraphs(readFileSync(SOURCE_FILE, 'utf8'));
  const result: SourceText = { titleLines: [], headings: [], sentences: [], participants: [], bold: [] };
  paras.forEach((para, index) => {
    if (index < 3) return result.titleLines.push(...para.split('\n'));
    if (para.includes('\t')) {
      for (const line of para.split('\n')) {
        const [name, position] = line.split('\t');
        result.participants.push({ name: name!.trim(), position: position!.trim() });
      }
      return;
    }
    result.bold.push(...[...para.matchAll(/\*\*(.+?)\*\*/g)].map((m) => squash(m[1]!)));
    const plain = para.replace(/\*\*/g, '');
    const lines = plain.split('\n').map((l) => l.replace(/^- /, '').trim());
    if (lines.length === 1 && !/[.:]$/.test(lines[0]!)) return result.headings.push(lines[0]!);
    for (const line of lines) result.sentences.push(...splitSentences(line));
  });
  return result;
}

/** Sentence ends: . ? ! or : followed by a space and a capital or an opening quote/bracket. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.?!:])\s+(?=[A-Z“"(])/).map(squash).filter(Boolean);
}
