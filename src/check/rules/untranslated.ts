import { takesRule } from '../../languages/index.js';
import { isMachineSetting } from '../../source/keys.js';
import type { Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';
import { awaitsTranslation, expectedKeys } from './structure.js';

/** People's names are kept in Latin script until confirmed. */
const PERSON_NAME = /^people\.[^.]+\.name$/;
const HAN = /\p{Script=Han}/gu;
/** Capitalized words — names, acronyms, brands such as Zoom or PingCAP — may stay in Latin script. */
const PROPER = /\{\{\w+\}\}|<\/?\w+>|\b[A-Z0-9][\w&.'’-]*/g;

/**
 * A source string with no translation (an English block an imported translation left unpaired, a
 * string added since), a translation identical to its source, or (in Chinese) one mostly in Latin
 * script. A proper name kept in Latin script is accepted when it is flagged for review.
 */
export function untranslatedRule(catalog: Catalog, flagged: (lang: string, key: string) => boolean): Finding[] {
  const [sourceLang, ...targets] = catalog.languages;
  const source = catalog.strings[sourceLang!]!;
  const findings: Finding[] = [];
  const expected = expectedKeys(catalog);
  for (const lang of targets) {
    for (const key of expected.filter((k) => awaitsTranslation(catalog, lang, k))) {
      const file = catalog.fileOf(lang, key);
      findings.push(error('untranslated', key, lang, `no translation: add "${key.replace(/^common:/, '')}" to ${file} (npx briefing xliff export --only new writes every one left for a CAT tool)`));
    }
    for (const [key, text] of catalog.strings[lang]!) {
      if (PERSON_NAME.test(key) || isMachineSetting(key)) continue; // not prose
      const han = text.match(HAN)?.length ?? 0;
      const latin = text.replace(PROPER, '').match(/[A-Za-z]/g)?.length ?? 0;
      const properOnly = han === 0 && latin === 0 && /\p{L}/u.test(text);
      if (properOnly && flagged(lang, key)) continue; // a proper name kept, pending review
      const reviewFile = catalog.fileOf(lang, key).replace(/\.json$/, '.review.json');
      const identical = text === source.get(key);
      // A string of punctuation alone (a list separator) has nothing to translate.
      if (identical || (takesRule(lang, 'untranslated') && (properOnly || (latin > 0 && latin > han * 0.1)))) {
        findings.push(
          error('untranslated', key, lang, `${identical ? 'identical to the source' : 'mostly Latin script'}: translate it; a proper name kept in Latin script must be flagged in ${reviewFile}`),
        );
      }
    }
  }
  return findings;
}
