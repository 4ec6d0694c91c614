import { isMachineSetting } from '../../source/keys.js';
import { agreementTags } from '../../select/profile.js';
import { expectedUsedKeys, type Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

/** Every key the languages must carry: the keys the data uses, the UI strings, and the topic labels of its tags. */
export function expectedKeys(catalog: Catalog): string[] {
  const source = catalog.strings[catalog.languages[0]!]!;
  const used = expectedUsedKeys(catalog.agreement, (key) => source.has(key));
  // Every topic tag the agreement uses needs its label (outputs list them as keywords).
  const topics = agreementTags(catalog.agreement).map((tag) => `common:topics.${tag}`);
  return [...new Set([...used.map((u) => u.key), ...[...source.keys()].filter((k) => k.startsWith('common:')), ...topics])];
}

const hasText = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/**
 * A translation of a source string that is not there yet: the untranslated rule's to report, not a
 * fault of the structure (machine settings such as common:htmlLang are not translations).
 */
export function awaitsTranslation(catalog: Catalog, lang: string, key: string): boolean {
  return lang !== catalog.languages[0] && !isMachineSetting(key) && hasText(catalog.strings[catalog.languages[0]!]!.get(key)) && !hasText(catalog.strings[lang]!.get(key));
}

/**
 * Every key the data uses (topic labels of its tags among them) has text in the source language,
 * and in every language once the source has none; no language has keys the data does not use;
 * a block is one string (a line break inside one means two blocks were merged).
 */
export function structureRule(catalog: Catalog): Finding[] {
  const expected = expectedKeys(catalog);
  const expectedSet = new Set(expected);
  const yaml = `data/agreements/${catalog.agreement.id}.yaml`;
  const findings: Finding[] = [];
  for (const lang of catalog.languages) {
    const strings = catalog.strings[lang]!;
    for (const key of expected) {
      const text = strings.get(key);
      if (!hasText(text)) {
        if (!awaitsTranslation(catalog, lang, key)) findings.push(error('structure', key, lang, `no text: add "${key.replace(/^common:/, '')}" to ${catalog.fileOf(lang, key)}`));
      } else if (key.startsWith('blocks.') && /\n/.test(text)) {
        findings.push(error('structure', key, lang, `a line break inside one block: split the text into separate blocks in ${yaml}`));
      }
    }
    for (const key of strings.keys()) {
      if (!expectedSet.has(key)) {
        findings.push(error('structure', key, lang, `orphan key: ${yaml} does not use it; remove it from ${catalog.fileOf(lang, key)} or add its block to the data`));
      }
    }
  }
  return findings;
}
