import { findMarkupProblem } from '../../compose/inline-markup.js';
import type { Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

const count = (text: string, tag: string): number => text.split(`<${tag}>`).length - 1;

/** Only balanced <strong>/<em> without attributes; translations keep the source's number of spans. */
export function markupRule(catalog: Catalog): Finding[] {
  const [sourceLang, ...targets] = catalog.languages;
  const source = catalog.strings[sourceLang!]!;
  const findings: Finding[] = [];
  for (const lang of catalog.languages) {
    for (const [key, text] of catalog.strings[lang]!) {
      const problem = findMarkupProblem(text);
      if (problem) findings.push(error('markup', key, lang, `markup ${problem.tag}: ${problem.reason}; remove it`));
    }
  }
  for (const lang of targets) {
    for (const [key, text] of catalog.strings[lang]!) {
      const original = source.get(key);
      if (original === undefined) continue;
      for (const tag of ['strong', 'em']) {
        const want = count(original, tag);
        const have = count(text, tag);
        if (want !== have) {
          findings.push(error('markup', key, lang, `${have} <${tag}> span${have === 1 ? '' : 's'} where the source has ${want}: mark the phrase that corresponds to the source's <${tag}>…</${tag}>`));
        }
      }
    }
  }
  return findings;
}
