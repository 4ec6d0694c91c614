import { escapeHtml, findMarkupProblem, inlineMarkupToHtml } from '../compose/inline-markup.js';
import { isHanCharacter } from '../fonts/index.js';
import { hanFallback } from '../languages/index.js';
import { WEB_FONT, fontSubset } from '../fonts/subset.js';
import type { ReviewRow, ReviewTable } from './review-rows.js';

/** The views a reviewer can narrow the table to; each is a boolean of ReviewRow and a row class. */
export const REVIEW_FILTERS = ['flagged', 'stale', 'untranslated'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** What the page needs to know of the languages and files beyond the rows. */
export interface ReviewPageInfo {
  /** Each language's name in itself and its HTML lang tag, from common.json. */
  names: Record<string, { name: string; htmlLang: string }>;
  /** Where a reviewer adds or removes flags. */
  reviewFile: string;
  /** Section titles by group id, in the source language. */
  groupTitles: Record<string, string>;
}

const HAN_FAMILY = 'Review Han';

/**
 * Filtering is CSS alone (`:has()` on the checked radio button): the page runs no script, fetches
 * nothing, and works from a file on a machine without network.
 */
const filterRules = REVIEW_FILTERS.map((f) => `body:has(#show-${f}:checked) tr.string:not(.${f}), body:has(#show-${f}:checked) tbody:not(:has(tr.${f}))`).join(',\n');
const emptyRules = REVIEW_FILTERS.map((f) => `body:has(#show-${f}:checked) .empty.${f}`).join(', ');

const STYLE = `
body { font-family: "${HAN_FAMILY}", serif; margin: 1.5rem; line-height: 1.5; color: #1a1a1a; }
header p { max-width: 60rem; }
code { font-size: 0.85em; }
fieldset { border: 1px solid #bbb; display: inline-flex; gap: 1.25rem; padding: 0.4rem 1rem; margin-bottom: 1rem; }
label { cursor: pointer; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
col.key { width: 11%; } col.text { width: 27%; } col.terms { width: 12%; } col.notes { width: 11.5%; }
th, td { border: 1px solid #ccc; padding: 0.4rem 0.5rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #eee; position: sticky; top: 0; }
tr.group th { background: #f6f6f6; font-size: 1.05em; }
td ul { margin: 0; padding-left: 1rem; }
td:lang(zh) { font-size: 1.05em; }
.badge { display: inline-block; font-size: 0.75em; padding: 0 0.3em; margin: 0.2em 0.2em 0 0; border-radius: 3px; color: #fff; }
.badge.flagged { background: #8a5a00; } .badge.stale { background: #6b3fa0; } .badge.untranslated { background: #b00020; }
li.missing, li.error { color: #b00020; }
li.warning { color: #8a5a00; }
.absent { color: #595959; font-style: italic; }
.empty { display: none; }
${filterRules} { display: none; }
${emptyRules} { display: block; }
@media print { fieldset { display: none; } thead th { position: static; } }
`;

const list = (items: string[], cls?: (i: number) => string): string =>
  items.length === 0 ? '' : `<ul>${items.map((item, i) => `<li${cls ? ` class="${cls(i)}"` : ''}>${item}</li>`).join('')}</ul>`;

/** A locale string as the reader sees it: emphasis shown, anything else escaped. */
function text(value: string | undefined, lang: string): string {
  if (value === undefined || value.trim() === '') return '<td class="absent">no text</td>';
  const html = findMarkupProblem(value) ? escapeHtml(value) : inlineMarkupToHtml(value);
  return `<td lang="${escapeHtml(lang)}">${html}</td>`;
}

function row(r: ReviewRow, table: ReviewTable, info: ReviewPageInfo): string {
  const states = REVIEW_FILTERS.filter((f) => r[f]);
  const badges = states.map((s) => ` <span class="badge ${s}">${s}</span>`).join('');
  const terms = list(
    r.terms.map((t) => `${escapeHtml(t.english)} → <span lang="${escapeHtml(info.names[table.language]!.htmlLang)}">${escapeHtml(t.rendering)}</span>${t.used ? '' : ' (missing)'}`),
    (i) => (r.terms[i]!.used ? 'used' : 'missing'),
  );
  const findings = list(
    r.findings.map((f) => `<b>${f.rule}</b> (${escapeHtml(f.language)}): ${escapeHtml(f.message)}`),
    (i) => r.findings[i]!.severity,
  );
  return `<tr class="${['string', ...states].join(' ')}" id="${escapeHtml(r.key)}" data-key="${escapeHtml(r.key)}">
<th scope="row"><code>${escapeHtml(r.key)}</code><br>${badges}</th>
${text(r.source, info.names[table.sourceLanguage]!.htmlLang)}
${text(r.translation, info.names[table.language]!.htmlLang)}
<td>${terms}</td>
<td>${list(r.flags.map(escapeHtml))}</td>
<td>${findings}</td>
</tr>`;
}

/** The review report of one translation: every string side by side with what a reviewer needs beside it. */
export async function reviewHtml(table: ReviewTable, info: ReviewPageInfo): Promise<string> {
  const rows = table.groups.flatMap((g) => g.rows);
  const count = (f: ReviewFilter): number => rows.filter((r) => r[f]).length;
  const errors = rows.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const source = info.names[table.sourceLanguage]!;
  const target = info.names[table.language]!;
  const radios = [
    `<label><input type="radio" name="show" id="show-all" value="all" checked> All strings (${rows.length})</label>`,
    ...REVIEW_FILTERS.map((f) => `<label><input type="radio" name="show" id="show-${f}" value="${f}"> ${f[0]!.toUpperCase()}${f.slice(1)} (${count(f)})</label>`),
  ];
  const body = `<header>
<h1>Review: ${escapeHtml(table.agreement)}, ${escapeHtml(table.sourceLanguage)} → ${escapeHtml(table.language)}</h1>
<p>${rows.length} strings: ${REVIEW_FILTERS.map((f) => `${count(f)} ${f}`).join(', ')}; ${errors} check error${errors === 1 ? '' : 's'}.</p>
<p>To flag a translation for review, add <code>"KEY": "why"</code> to <code>${escapeHtml(info.reviewFile)}</code>; remove the line once the translation is confirmed.
After updating a translation whose English changed, record it with <code>npx briefing check --accept KEY</code>. Then run <code>npx briefing check --review</code> again.</p>
</header>
<main>
<form><fieldset><legend>Show</legend>
${radios.join('\n')}
</fieldset></form>
${REVIEW_FILTERS.map((f) => (count(f) === 0 ? `<p class="empty ${f}">No ${f} strings.</p>` : '')).join('')}
<table>
<colgroup><col class="key"><col class="text"><col class="text"><col class="terms"><col class="notes"><col class="notes"></colgroup>
<thead><tr><th scope="col">Key</th><th scope="col">${escapeHtml(source.name)}</th><th scope="col">${escapeHtml(target.name)}</th><th scope="col">Glossary terms it must use</th><th scope="col">Review flags</th><th scope="col">Check findings</th></tr></thead>
${table.groups
  .map((g) => `<tbody data-group="${escapeHtml(g.id)}">
<tr class="group"><th colspan="6" scope="rowgroup">${escapeHtml(info.groupTitles[g.id] ?? g.id)}</th></tr>
${g.rows.map((r) => row(r, table, info)).join('\n')}
</tbody>`)
  .join('\n')}
</table>
</main>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ${escapeHtml(table.agreement)} (${escapeHtml(table.language)})</title>
<style>${await hanFace(body, table.language)}${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The Han characters of the page in an embedded subset, so that it reads on a machine without Chinese fonts. */
async function hanFace(html: string, lang: string): Promise<string> {
  const chars = [...new Set(html)].filter(isHanCharacter).join('');
  if (chars === '') return '';
  const data = (await fontSubset(hanFallback([lang]).fonts.body.faces.normal, chars)).toString('base64');
  return `@font-face { font-family: "${HAN_FAMILY}"; src: url(data:${WEB_FONT.mime};base64,${data}) format("${WEB_FONT.format}"); }\n`;
}
