import { stripInlineMarkup } from '../../compose/inline-markup.js';
import { takesRule } from '../../languages/index.js';
import { GLOSSARY_FILE, renderedTermsIn, type GlossaryTerm } from '../../source/glossary.js';
import type { Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

/** Where the source uses a standard glossary term, a translation into a language that takes the rule uses the glossary's rendering in it. */
export function terminologyRule(catalog: Catalog, glossary: readonly GlossaryTerm[]): Finding[] {
  const [sourceLang, ...targets] = catalog.languages;
  const source = catalog.strings[sourceLang!]!;
  return targets.filter((lang) => takesRule(lang, 'terminology')).flatMap((lang) =>
    [...catalog.strings[lang]!].flatMap(([key, text]) => {
      const original = source.get(key);
      if (original === undefined) return [];
      const translation = stripInlineMarkup(text);
      return renderedTermsIn(stripInlineMarkup(original), glossary, lang)
        .filter(({ rendering }) => !translation.includes(rendering))
        .map(({ term, rendering }) => error('terminology', key, lang, `"${term.english}" must be rendered ${rendering} (${GLOSSARY_FILE}:${term.line})`));
    }),
  );
}
