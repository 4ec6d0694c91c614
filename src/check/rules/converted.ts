import type { ConversionRecord } from '../../convert/index.js';
import { languageFor } from '../../languages/index.js';
import type { Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

/**
 * A string of a converted language (zh-Hant) whose source in the language it is converted from (zh)
 * changed since its conversion: its record (`<ns>.converted.json`) holds another text. Strings a person
 * wrote have no record; their source is the English, which the stale rule compares.
 */
export function convertedRule(catalog: Catalog, records: Readonly<Record<string, ConversionRecord>>): Finding[] {
  return Object.entries(records).flatMap(([lang, record]) => {
    const from = languageFor(lang).conversion!.from;
    const source = catalog.strings[from];
    return Object.entries(record).flatMap(([key, converted]) => {
      const current = source?.get(key);
      if (current === undefined || current === converted || !catalog.strings[lang]!.has(key)) return [];
      return [
        {
          ...error('stale', key, lang, `outdated: the ${from} text changed since this was converted from it: run npx briefing convert --to ${lang} (or update it by hand), then review it`),
          sourceChange: { from: converted, to: current },
        },
      ];
    });
  });
}
