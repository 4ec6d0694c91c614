import type { Catalog } from '../catalog.js';
import { recordedText, recordMatches, type Fingerprints } from '../fingerprints.js';
import { error, type Finding } from '../findings.js';

/** A translation whose source changed since it was made, or that has no record of its source. */
export function staleRule(catalog: Catalog, fingerprints: Fingerprints): Finding[] {
  const [sourceLang, ...targets] = catalog.languages;
  const source = catalog.strings[sourceLang!]!;
  return targets.flatMap((lang) =>
    [...catalog.strings[lang]!.keys()].flatMap((key) => {
      const original = source.get(key);
      if (original === undefined) return [];
      const recorded = fingerprints[lang]?.[key];
      if (recorded !== undefined && recordMatches(recorded, original)) return [];
      const accept = `then run: npx briefing check --accept ${key}`;
      if (recorded === undefined) return [error('stale', key, lang, `no record of the source it was translated from: compare it with the source, ${accept}`)];
      const from = recordedText(recorded);
      return [
        {
          ...error('stale', key, lang, `outdated: the source changed since this was translated: update the translation, ${accept}`),
          ...(from === undefined ? {} : { sourceChange: { from, to: original } }),
        },
      ];
    }),
  );
}
