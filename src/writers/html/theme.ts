import { LANGUAGES, SOURCE, languageFor, type Language } from '../../languages/index.js';
import { listMarksFor } from '../common/list-marks.js';
import { paperSize, scaleMargins, type Paper } from '../common/paper.js';

/**
 * The stylesheet embedded in every HTML edition (no external requests). Variables carry what differs
 * by language (the language table's `html`): the source language's are the root's, and each other
 * language of the document sets its own inside its selector (:lang(zh)), so one sheet serves every
 * language of a bilingual edition.
 */
function languageVariables(language: Language): string {
  const { html } = language;
  const han = language.writing === 'han';
  return `--line-height: ${html.lineHeight}; --measure: ${html.measure}; --align: ${html.align}; --label-style: ${han ? 'normal' : 'italic'}; --label-weight: ${han ? 700 : 'normal'}; --name-column: ${html.nameColumn};`;
}

const rootVariables = (language: Language): string => `
:root {
  color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #bbb;
  /* ${language.html.note} */
  --body-font: ${language.html.bodyStack}; --heading-font: ${language.html.headingStack === language.html.bodyStack ? 'var(--body-font)' : language.html.headingStack};
  ${languageVariables(language)}
}
`;

/** A language's block; Han type has no italics: emphasis is marked with dots under the characters. */
const ownVariables = (language: Language): string => `/* ${language.html.note} */
${language.html.selector} {
  --body-font: ${language.html.bodyStack};
  --heading-font: ${language.html.headingStack};
  ${languageVariables(language)}
}
${language.writing === 'han' ? `${language.html.selector} em { font-style: normal; text-emphasis: filled dot; text-emphasis-position: under right; }\n` : ''}`;

const base = `
html { color: var(--ink); background: #fff; }
body { margin: 0; font-size: 1.05rem; }
html, [lang] { font-family: var(--body-font); line-height: var(--line-height); }
main { max-width: var(--measure); margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1, h2, h3, th { font-family: var(--heading-font); }
.title-block { text-align: center; border-bottom: 1px solid var(--rule); padding-bottom: 1.25rem; margin: 1rem 0 2rem; }
.title-block p { text-align: center; }
.title-block .kicker { letter-spacing: 0.04em; color: var(--muted); margin: 0 0 0.5rem; }
.title-block h1 { font-size: 2rem; margin: 0 0 0.75rem; }
.title-block .dates, .title-block .venue { margin: 0.2rem 0; }
.title-block .venue { font-style: var(--label-style); font-weight: var(--label-weight); }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.8rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.6rem; }
p, li { text-align: var(--align); }
.group-label { font-style: var(--label-style); font-weight: var(--label-weight); margin-bottom: 0.4rem; }
li { margin-bottom: 0.45rem; }
li > ul { margin-top: 0.45rem; }
.depth-1 { padding-left: 4rem; }
.depth-2 { padding-left: 6rem; }
.printed-markers { list-style: none; padding-left: 1.5rem; }
strong { font-weight: 700; }
.nobr { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin-bottom: 1.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem 0.35rem 0; border-bottom: 1px solid #ddd; }
th { border-bottom: 1.5px solid #888; color: var(--muted); font-weight: 700; }
td:first-child { width: var(--name-column); }
/* The skip link shows when it has the keyboard focus. */
.skip-link { position: absolute; left: 1rem; top: -3rem; background: #fff; color: var(--ink); padding: 0.4rem 0.8rem; border: 1px solid var(--rule); z-index: 2; }
.skip-link:focus { top: 0.5rem; }
/* Packets: cover page, contents, excerpt note. */
.cover { text-align: center; padding: 4rem 0 3rem; border-bottom: 1px solid var(--rule); margin-bottom: 2rem; }
.cover p { text-align: center; margin: 0.4rem 0; }
.cover .cover-dialogue { font-size: 1.15rem; color: var(--muted); }
.cover .cover-title { font-size: 2.1rem; font-weight: 700; line-height: 1.3; margin: 1.5rem 0; }
.cover .cover-recipient { margin-top: 2rem; font-size: 1.1rem; }
.cover .cover-note { font-style: var(--label-style); }
.cover .cover-marking { color: #8b1a1a; font-weight: 700; margin-top: 1.5rem; }
.cover .cover-issued { color: var(--muted); margin-top: 2rem; font-size: 0.9rem; }
.contents ol { list-style: none; padding: 0; }
.contents li { margin: 0.3rem 0; }
.contents a { color: inherit; }
.excerpt-note { font-style: var(--label-style); color: #444; border-left: 3px solid var(--rule); padding-left: 0.8rem; }
.page-break { display: none; }
/* Bilingual editions: a pair per block, side by side or one below the other. */
main.bilingual { max-width: 74rem; }
.pair > div > :first-child { margin-top: 0; }
.layout-parallel .pair { display: grid; grid-template-columns: 1fr 1fr; column-gap: 2.5rem; }
.layout-parallel .pair > div > p, .layout-parallel .pair > div > ul { margin: 0 0 0.9rem; }
.layout-interleaved .pair > :not(:first-child) { border-left: 3px solid #9aa6b2; padding-left: 1rem; margin-bottom: 1rem; color: #333; }
.title-block .pair { display: block; }
main.bilingual td:first-child, main.bilingual td[lang]:nth-child(3) { width: 15%; }
@media (max-width: 760px) { .layout-parallel .pair { grid-template-columns: 1fr; } }
@media print {
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr, li, .pair { break-inside: avoid; }
  .page-break { display: block; break-after: page; }
}
`;

/**
 * List marks by level and language (the language table's listMarks): a nested list, or a bilingual
 * pair's list of depth n, takes the marks of level n; each language's cells take their own.
 */
function listMarkStyles(languages: readonly Language[]): string {
  const levelSelectors = (tag: string, level: number, scope: string) =>
    [`${scope}${'li '.repeat(Math.max(0, level - 1))}${level ? 'li > ' : ''}${tag}`, ...(level ? [`${scope}${tag}.depth-${level}`] : [])].join(', ');
  return languages
    .map((language) => {
      const scope = language === SOURCE ? '' : `${language.html.selector} `;
      const marks = listMarksFor(language.id);
      const bullets = marks.bullets.map((mark, level) => `${levelSelectors('ul', level, scope)} { list-style-type: ${mark.shape}; }`);
      const ordered = marks.ordered.map((mark, level) => {
        const name = `briefing-${language.id}-${level}`;
        return `@counter-style ${name} { system: extends ${mark.format}; prefix: "${mark.prefix}"; suffix: "${mark.suffix}${FULL_WIDTH_END.test(mark.suffix) ? '' : ' '}"; }\n${levelSelectors('ol', level, scope)} { list-style-type: ${name}; }`;
      });
      return [...bullets, ...ordered].join('\n');
    })
    .join('\n')
    .concat('\n');
}

/** A full-width closing mark (）) carries its own space. */
const FULL_WIDTH_END = /[\u3000-\u303f\uff00-\uffef]$/u;

/**
 * The sheet of a document in `languages` (ids or tags): the source language's variables at the root,
 * then those of the document's other languages, their list marks, and the base sheet (after the
 * marks: its .contents list has none).
 */
export function htmlStyles(languages: readonly string[]): string {
  const present = new Set(languages.map(languageFor));
  const used = LANGUAGES.filter((language) => language === SOURCE || present.has(language));
  return rootVariables(SOURCE) + used.filter((l) => l !== SOURCE).map(ownVariables).join('') + listMarkStyles(used) + base;
}

/** The print sheet's page: the paper, with margins of 22 mm × 20 mm on A4 scaled to it. */
export function pageRule(paper: Paper): string {
  const [left, top, right, bottom] = scaleMargins(paper, [20, 22, 20, 22]);
  return `@media print { @page { size: ${paperSize(paper).css}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; } }\n`;
}

/** Paragraph roles that Han type sets in bold (labels, where Latin type uses italics). */
export const HAN_BOLD_ROLES = ['group-label', 'venue', 'cover-title', 'cover-marking'];
