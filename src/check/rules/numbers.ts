import type { Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

const NUMBER = /\d+(?:[.,]\d+)*%?/g;

/** Digits as written, without thousands separators (1,000 → 1000). */
function numbersIn(text: string): string[] {
  return [...new Set((text.match(NUMBER) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, '')))];
}

/** Month names of a language and how another writes the same month, both from Intl. */
function monthForms(sourceTag: string, targetTag: string): { name: string; target: string }[] {
  return Array.from({ length: 12 }, (_, month) => {
    const date = new Date(Date.UTC(2021, month, 15));
    return {
      name: new Intl.DateTimeFormat(sourceTag, { month: 'long', timeZone: 'UTC' }).format(date),
      target: new Intl.DateTimeFormat(targetTag, { month: 'numeric', timeZone: 'UTC' }).format(date),
    };
  });
}

/**
 * Numbers, years and percentages of the source appear in the translation, and a month named in a
 * date ("November 17, 2021") appears in the translation's numeric form (2021年11月17日).
 */
export function numbersRule(catalog: Catalog): Finding[] {
  const [sourceLang, ...targets] = catalog.languages;
  const source = catalog.strings[sourceLang!]!;
  const tag = (lang: string): string => catalog.strings[lang]!.get('common:languageTag') ?? lang;
  const findings: Finding[] = [];
  for (const lang of targets) {
    const months = monthForms(tag(sourceLang!), tag(lang));
    for (const [key, text] of catalog.strings[lang]!) {
      const original = source.get(key);
      if (original === undefined || key.startsWith('common:')) continue;
      const digits = text.replace(/,(?=\d{3}\b)/g, '');
      for (const number of numbersIn(original)) {
        if (!new RegExp(`(?<![\\d.])${number.replace(/[.%]/g, '\\$&')}(?![\\d])`).test(digits)) {
          findings.push(error('numbers', key, lang, `the number ${number} of the source is missing: write it in digits as in the source`));
        }
      }
      for (const { name, target } of months) {
        if (new RegExp(`\\b${name}\\s+\\d`).test(original) && !text.includes(target) && target !== name) {
          findings.push(error('numbers', key, lang, `the date in ${name} is missing its month: write it as ${target}`));
        }
      }
    }
  }
  return findings;
}
