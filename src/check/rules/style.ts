import { stripInlineMarkup } from '../../compose/inline-markup.js';
import { takesRule } from '../../languages/index.js';
import { acronymOf, GLOSSARY_FILE, renderingIn, termMatches, type GlossaryTerm } from '../../source/glossary.js';
import type { Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

/** A Latin acronym in parentheses right after Chinese text (the name it abbreviates): 赛迪研究院（CCID）. */
const ACRONYM_AFTER_HAN = /([\p{Script=Han}《》]+)[（(]([A-Z][A-Z0-9&]*[A-Z0-9])[）)]/gu;
/** How much of the Chinese before an acronym a message quotes. */
const SHOWN_NAME = 16;
const SLASH_BETWEEN_HAN = /\p{Script=Han}\s*\/\s*\p{Script=Han}/u;
/** Glossary kinds that name an institution, whose Chinese name must be the same wherever it appears. */
const INSTITUTIONS = new Set(['organization', 'company', 'agency']);

/**
 * Acronyms Chinese text may keep after a name: only those the glossary pairs with that name, as
 * established (CFIUS after 美国外国投资委员会). Any other reads as translationese, or pairs an acronym
 * with the wrong name.
 */
function acronymFindings(key: string, lang: string, text: string, glossary: readonly GlossaryTerm[]): Finding[] {
  return [...text.matchAll(ACRONYM_AFTER_HAN)].flatMap((m) => {
    const name = m[1]!;
    const acronym = m[2]!;
    const before = text.slice(0, m.index + name.length);
    const pairs = glossary.flatMap((term) => {
      const rendering = renderingIn(term, lang);
      return acronymOf(term) === acronym && rendering !== undefined ? [{ term, rendering }] : [];
    });
    if (pairs.some(({ rendering }) => before.endsWith(rendering))) return [];
    const shown = `“${m[0].slice(name.length)}” after ${name.length > SHOWN_NAME ? '…' : ''}${name.slice(-SHOWN_NAME)}`;
    const message = pairs.length
      ? `${shown}: ${GLOSSARY_FILE}:${pairs[0]!.term.line} pairs ${acronym} with ${pairs[0]!.rendering}: write that name before it, or drop the acronym`
      : `${shown}: ${GLOSSARY_FILE} pairs no Chinese name with ${acronym}: drop the acronym, or add the term with its acronym to the glossary`;
    return [error('style', key, lang, message)];
  });
}

/**
 * An institution the glossary knows, named by its English name or acronym in several strings, must
 * carry the same Chinese name in each. Strings the terminology rule already holds to the glossary (a
 * standard term named in full) are left to it.
 */
function renderingFindings(catalog: Catalog, lang: string, glossary: readonly GlossaryTerm[]): Finding[] {
  const source = catalog.strings[catalog.languages[0]!]!;
  const institutions = glossary.filter((term) => INSTITUTIONS.has(term.kind) && renderingIn(term, lang) !== undefined);
  const uses = new Map<GlossaryTerm, { key: string; named: string; rendered: boolean; enforced: boolean }[]>();
  for (const [key, text] of catalog.strings[lang]!) {
    const original = source.get(key);
    if (original === undefined) continue;
    const english = stripInlineMarkup(original);
    const translation = stripInlineMarkup(text);
    for (const { term, start, end, byAcronym } of termMatches(english, institutions, true)) {
      const list = uses.get(term) ?? [];
      list.push({ key, named: english.slice(start, end), rendered: translation.includes(renderingIn(term, lang)!), enforced: !byAcronym && term.status === 'standard' });
      uses.set(term, list);
    }
  }
  return [...uses].flatMap(([term, list]) => {
    const model = list.find((use) => use.rendered);
    if (!model) return [];
    const strays = list.filter((use) => !use.rendered && !use.enforced).filter((use, i, all) => all.findIndex((u) => u.key === use.key) === i);
    return strays.map((use) =>
      error('style', use.key, lang, `“${use.named}” is rendered ${renderingIn(term, lang)} in ${model.key}, but not here: name an organization one way within an agreement (${GLOSSARY_FILE}:${term.line})`),
    );
  });
}

/**
 * Register and style of Chinese text, where a machine sees them reliably: acronyms the glossary does
 * not pair with the name before them, one organization named two ways, an ASCII slash between words.
 */
export function styleRule(catalog: Catalog, glossary: readonly GlossaryTerm[]): Finding[] {
  return catalog.languages.slice(1).filter((lang) => takesRule(lang, 'style')).flatMap((lang) => [
    ...[...catalog.strings[lang]!].flatMap(([key, raw]) => {
      const text = stripInlineMarkup(raw);
      const slash = SLASH_BETWEEN_HAN.exec(text);
      return [
        ...acronymFindings(key, lang, text, glossary),
        ...(slash ? [error('style', key, lang, `ASCII “/” between Chinese words (“${slash[0]}”): write 和, 或 or 和（或）`)] : []),
      ];
    }),
    ...renderingFindings(catalog, lang, glossary),
  ]);
}
