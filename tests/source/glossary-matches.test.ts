import { describe, expect, it } from 'vitest';
import { termMatches, type GlossaryTerm } from '../../src/source/glossary.js';

const term = (english: string): GlossaryTerm => ({ english, renderings: { zh: '术语' }, kind: 'term', status: 'standard', line: 2 });
const found = (text: string, terms: GlossaryTerm[], acronyms = false): string[] =>
  termMatches(text, terms, acronyms).map((m) => `${text.slice(m.start, m.end)}@${m.start}${m.byAcronym ? ' (acronym)' : ''}`);

describe('glossary terms in English text', () => {
  it('match whole words in any case, never inside a word', () => {
    const chip = term('semiconductor');
    expect(found('Semiconductor supply; SEMICONDUCTOR-grade; semiconductors; nonsemiconductor', [chip])).toEqual(['Semiconductor@0', 'SEMICONDUCTOR@22']);
    expect(found('Café semiconductor', [chip])).toEqual(['semiconductor@5']);
  });

  it('find a whole word that begins inside a match which is not one', () => {
    expect(found('xab ab ab', [term('ab ab')])).toEqual(['ab ab@4']);
  });

  it('match by Unicode case folding, as the case-insensitive pattern does (ſ is an s)', () => {
    expect(found('a claſs of chips', [term('class')])).toEqual(['claſs@2']);
  });

  it('find acronyms case-sensitively, as whole words, and keep only the longest of overlapping terms', () => {
    const cesi = term('China Electronics Standardization Institute (CESI)');
    const institute = term('Standardization Institute');
    expect(found('CESI, not xCESI or cesi; the China Electronics Standardization Institute', [cesi, institute], true)).toEqual([
      'China Electronics Standardization Institute@29',
      'CESI@0 (acronym)',
    ]);
  });
});
