import { usedKeys, type Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

/**
 * Every key the data uses has text in every language; no language has keys the data does not use;
 * a block is one string (a line break inside one means two blocks were merged).
 */
export function structureRule(catalog: Catalog): Finding[] {
  const source = catalog.strings[catalog.languages[0]!]!;
  // An optional key (the dialogue line) is expected in every language once the source language has it.
  const used = usedKeys(catalog.agreement).filter((u) => !u.optional || source.has(u.key));
  const expected = [...used.map((u) => u.key), ...[...source.keys()].filter((k) => k.startsWith('common:'))];
  const expectedSet = new Set(expected);
  const yaml = `data/agreements/${catalog.agreement.id}.yaml`;
  const findings: Finding[] = [];
  for (const lang of catalog.languages) {
    const strings = catalog.strings[lang]!;
    for (const key of expected) {
      const text = strings.get(key);
      if (text === undefined || text.trim() === '') {
        findings.push(error('structure', key, lang, `no text: add "${key.replace(/^common:/, '')}" to ${catalog.fileOf(lang, key)}`));
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
