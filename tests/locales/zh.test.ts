import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.js';
import { loadGlossary, termsUsedIn } from '../../src/source/glossary.js';
import { flattenLocale, localeValue, type LocaleTree } from '../../src/source/locales.js';
import { REPO_ROOT } from '../helpers/project.js';

const read = (lang: string, ns: string): LocaleTree => JSON.parse(readFileSync(path.join(REPO_ROOT, 'locales', lang, `${ns}.json`), 'utf8'));
const NAMESPACES = ['common', 'track2-2021'];

/** Keys whose value is not prose: names of people (kept in Latin script unless confirmed) and machine settings. */
const NOT_PROSE = [/^people\.[^.]+\.name$/, /^languageTag$/, /^htmlLang$/, /^dates\.format\./, /^numbers\./];

const HAN = /\p{Script=Han}/gu;
/** Capitalized Latin words (names, acronyms, brands such as Zoom, PingCAP, CFIUS) are allowed in Chinese text. */
const ALLOWED_LATIN = /\{\{\w+\}\}|<\/?\w+>|\b[A-Z0-9][\w&.'’-]*/g;

/** Keys marked for review: a proper name kept in Latin script is acceptable only there. */
const reviewed = (ns: string): Set<string> => {
  try {
    return new Set(Object.keys(JSON.parse(readFileSync(path.join(REPO_ROOT, 'locales', 'zh', `${ns}.review.json`), 'utf8'))));
  } catch {
    return new Set();
  }
};

describe.each(NAMESPACES)('locales/zh/%s.json', (ns) => {
  const en = flattenLocale(read('en', ns));
  const zh = read('zh', ns);
  const flagged = reviewed(ns);

  it('has a non-empty, mostly Chinese string for every English key, and no other keys', () => {
    const problems: string[] = [];
    for (const { key } of en) {
      const value = localeValue(zh, key);
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`${key}: missing`);
        continue;
      }
      if (NOT_PROSE.some((pattern) => pattern.test(key))) continue;
      const han = value.match(HAN)?.length ?? 0;
      const latinLetters = value.replace(ALLOWED_LATIN, '').match(/[A-Za-z]/g)?.length ?? 0;
      const letters = /\p{L}/u.test(value);
      const keptName = han === 0 && latinLetters === 0 && flagged.has(key);
      const punctuationOnly = !letters;
      if (!keptName && !punctuationOnly && (han === 0 || latinLetters > han * 0.1)) problems.push(`${key}: not mostly Chinese: ${value}`);
    }
    expect(problems).toEqual([]);
    expect(flattenLocale(zh).map((e) => e.key).sort()).toEqual(en.map((e) => e.key).sort());
  });
});

describe('the check rules over the Chinese', () => {
  it('find no error: punctuation, placeholders, markup, terminology, structure, untranslated, stale and style', async () => {
    const { errors } = await runCheck({ root: REPO_ROOT });
    expect(errors.filter((finding) => finding.language === 'zh').map((f) => `${f.rule} ${f.key}: ${f.message}`)).toEqual([]);
  });
});

describe('names and terms', () => {
  it('counts only the longest of overlapping terms', async () => {
    const glossary = await loadGlossary(REPO_ROOT);
    const used = termsUsedIn('Vice President, China Semiconductor Industry Association', glossary).map((t) => t.renderings.zh);
    expect(used).toEqual(['中国半导体行业协会']);
  });

  it('never gives a Chinese name the glossary does not confirm', async () => {
    const glossary = await loadGlossary(REPO_ROOT);
    const people = read('zh', 'track2-2021').people as Record<string, { name: string }>;
    const enPeople = read('en', 'track2-2021').people as Record<string, { name: string }>;
    for (const [id, { name }] of Object.entries(people)) {
      const english = enPeople[id]!.name;
      const confirmed = glossary.find((t) => t.kind === 'person' && t.english === english && t.status === 'standard');
      const han = name.match(/\p{Script=Han}+/gu)?.join('') ?? '';
      expect([id, han]).toEqual([id, confirmed ? confirmed.renderings.zh!.replace(/·/g, '') : '']);
    }
  });
});
