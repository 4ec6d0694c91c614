/**
 * The alignment report: both texts side by side, one row per step of the alignment, the uncertain
 * pairs highlighted with their reasons, so that a person can confirm an attached translation in a
 * minute. Handlebars escapes every text.
 */
import Handlebars from 'handlebars';
import { isHanCharacter } from '../fonts/index.js';
import { isHanLanguage, languageFor } from '../languages/index.js';
import { WEB_FONT, fontSubset } from '../fonts/subset.js';
import type { Alignment, AlignmentRow, AlignmentSummary } from './align.js';

const OP_LABEL: Record<AlignmentRow['op'], string> = {
  pair: '1:1',
  merge: '1:2 joined',
  split: 'split',
  'source-only': 'untranslated',
  'translation-only': 'unmatched',
};
/** The face Chinese text is set in, embedded: the report opens anywhere, fonts or not. */
const HAN_FAMILY = 'Briefing Han';

const TEMPLATE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Alignment of {{file}} with {{id}}</title>
<style>
{{{fontFace}}}
body { font-family: "Noto Serif", serif;
[lang^="zh"] { font-family: "Briefing Han", "Noto Serif SC", serif; } margin: 1.5rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid #ccc; padding: .4rem .5rem; vertical-align: top; text-align: left; }
th { background: #eee; position: sticky; top: 0; }
col.step { width: 7rem; } col.score { width: 4rem; }
.key { display: block; font: .75rem monospace; color: #555; }
tr.uncertain td { background: #fff3c4; }
tr.untranslated td, tr.unmatched td { background: #fde2e2; }
tr.split-piece td { border-top: 1px dashed #c9a400; }
.reasons { display: block; font-size: .8rem; color: #7a4b00; margin-top: .3rem; }
.summary li { margin: .1rem 0; }
p.doubt { background: #fde2e2; padding: .5rem; }
</style>
</head>
<body>
<main>
<h1>Alignment of <code>{{file}}</code> ({{lang}}) with <code>{{id}}</code></h1>
<ul class="summary">
{{#each summaryLines}}<li>{{this}}</li>
{{/each}}</ul>
{{#if doubt}}<p class="doubt">{{doubt}}</p>{{/if}}
<table>
<colgroup><col class="step"><col><col><col class="score"></colgroup>
<thead><tr><th>step</th><th>English</th><th lang="{{htmlLang}}">{{lang}}</th><th>score</th></tr></thead>
<tbody>
{{#each rows}}
<tr class="{{class}}">
<td>{{label}}{{#each reasons}}<span class="reasons">{{this}}</span>{{/each}}</td>
<td>{{#each english}}<p><span class="key">{{key}}</span>{{text}}</p>{{/each}}</td>
<td lang="{{../htmlLang}}">{{#each translation}}<p>{{this}}</p>{{/each}}</td>
<td>{{score}}</td>
</tr>
{{/each}}
</tbody>
</table>
</main>
</body>
</html>
`;

let compiled: HandlebarsTemplateDelegate | undefined;

export interface ReportContext {
  file: string;
  id: string;
  lang: string;
  reviewFile: string;
}

export async function alignmentReport(alignment: Alignment, context: ReportContext): Promise<string> {
  compiled ??= Handlebars.create().compile(TEMPLATE, { strict: true });
  const rows = alignment.rows.flatMap((row) => {
    const common = {
      class: row.op === 'source-only' ? 'untranslated' : row.op === 'translation-only' ? 'unmatched' : row.reasons.length > 0 ? 'uncertain' : 'confident',
      score: row.op === 'source-only' || row.op === 'translation-only' ? '' : row.score.toFixed(2),
    };
    if (row.op !== 'split') return [{ ...common, label: OP_LABEL[row.op], reasons: row.reasons, english: row.english, translation: row.translation }];
    // A split shows each English block beside the piece it received, the reasons once.
    return row.english.map((english, i) => ({
      ...common,
      class: `${common.class}${i > 0 ? ' split-piece' : ''}`,
      label: `${OP_LABEL.split} ${i + 1}/${row.english.length}`,
      reasons: i === 0 ? row.reasons : [],
      english: [english],
      translation: [english.translation ?? ''],
    }));
  });
  const htmlLang = context.lang === 'zh' ? 'zh-Hans' : context.lang;
  const { lang, reviewFile } = context;
  const summary = summaryLines(alignment.summary, lang, reviewFile);
  return compiled({ ...context, htmlLang, fontFace: await hanFontFace(alignment, lang), summaryLines: summary, doubt: alignment.summary.doubt ?? '', rows });
}

/** The summary in three lines, for the report and the terminal. */
export function summaryLines({ pairs, merges, splits, uncertain, untranslated, unmatched }: AlignmentSummary, lang: string, reviewFile: string): string[] {
  return [
    `${count(pairs, 'English block')} paired: ${merges} joined from two ${lang} paragraphs, ${count(splits, `${lang} paragraph`)} split`,
    `${uncertain} uncertain (flagged for review in ${reviewFile})`,
    `${count(untranslated, 'English block')} untranslated, ${count(unmatched, `${lang} block`)} unmatched`,
  ];
}

async function hanFontFace(alignment: Alignment, lang: string): Promise<string> {
  if (!isHanLanguage(lang)) return '';
  const text = alignment.rows.flatMap((row) => [...row.translation, ...row.english.map((e) => e.translation ?? '')]).join('');
  const chars = [...new Set(text)].filter(isHanCharacter).join('');
  if (chars === '') return '';
  const data = (await fontSubset(languageFor(lang).fonts.body.faces.normal, chars)).toString('base64');
  return `@font-face { font-family: "${HAN_FAMILY}"; src: url(data:${WEB_FONT.mime};base64,${data}) format("${WEB_FONT.format}"); }`;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
