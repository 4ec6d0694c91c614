import type { Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

const placeholders = (text: string): string[] => [...new Set(text.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? [])].map((p) => p.replace(/\s/g, '')).sort();

/** A translation interpolates exactly the values its source does. */
export function placeholdersRule(catalog: Catalog): Finding[] {
  const [sourceLang, ...targets] = catalog.languages;
  const source = catalog.strings[sourceLang!]!;
  return targets.flatMap((lang) =>
    [...catalog.strings[lang]!].flatMap(([key, text]) => {
      const original = source.get(key);
      if (original === undefined) return [];
      const want = placeholders(original);
      const have = placeholders(text);
      const missing = want.filter((p) => !have.includes(p));
      const extra = have.filter((p) => !want.includes(p));
      if (missing.length === 0 && extra.length === 0) return [];
      const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `unknown ${extra.join(', ')}` : ''].filter(Boolean);
      return [error('placeholders', key, lang, `placeholders differ from the source (${parts.join('; ')}): use exactly ${want.join(', ') || 'none'}`)];
    }),
  );
}
