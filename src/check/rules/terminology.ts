import { stripInlineMarkup } from '../../compose/inline-markup.js';
import { isHanLanguage } from '../../fonts/index.js';
import { GLOSSARY_FILE, termsUsedIn, type GlossaryTerm } from '../../source/glossary.js';
import type { Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

/** Where the source uses a standard glossary term, the Chinese uses its rendering. */
export function terminologyRule(catalog: Catalog, glossary: readonly GlossaryTerm[]): Finding[] {
  const [sourceLang, ...targets] = catalog.languages;
  const source = catalog.strings[sourceLang!]!;
  return targets.filter(isHanLanguage).flatMap((lang) =>
    [...catalog.strings[lang]!].flatMap(([key, text]) => {
      const original = source.get(key);
      if (original === undefined) return [];
      const translation = stripInlineMarkup(text);
      return termsUsedIn(stripInlineMarkup(original), glossary)
        .filter((term) => !translation.includes(term.chinese))
        .map((term) => error('terminology', key, lang, `"${term.english}" must be rendered ${term.chinese} (${GLOSSARY_FILE}:${term.line})`));
    }),
  );
}
