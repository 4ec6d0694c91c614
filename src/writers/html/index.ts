import { escapeHtml } from '../../compose/inline-markup.js';
import { treeLanguages, type Block, type DocumentTree, type Inline, type LanguageChoice, type List, type TableCell } from '../../tree/types.js';
import { noBreakPieces } from '../common/no-break.js';
import { languageSwitchScript, languageSwitchStyles } from './language-switch.js';
import { DEFAULT_PAPER, type Paper } from '../common/paper.js';
import { htmlStyles, pageRule } from './theme.js';

/** Writer state: inside a pair, blocks leave data-block and id to the pair element. */
interface HtmlContext {
  inPair: boolean;
}

type Handlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>, ctx: HtmlContext) => string };

const attrs = (pairs: Record<string, string | undefined>): string =>
  Object.entries(pairs)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');

/** data-block and a matching id, so that every block can be linked to and traced. */
const blockAttrs = (blockId: string | undefined, ctx: HtmlContext, extra: Record<string, string | undefined> = {}): string =>
  attrs({ ...(ctx.inPair ? {} : { id: blockId, 'data-block': blockId }), ...extra });

export function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          // A number and its unit (2021年) stay on one line: Unicode line breaking would split them.
          return noBreakPieces(node.value)
            .map((piece) => (piece.keep ? `<span class="nobr">${escapeHtml(piece.text)}</span>` : escapeHtml(piece.text)))
            .join('');
        case 'strong':
          return `<strong>${inlineHtml(node.children)}</strong>`;
        case 'emphasis':
          return `<em>${inlineHtml(node.children)}</em>`;
      }
    })
    .join('');
}

const list = (node: List, ctx: HtmlContext): string => {
  const tag = node.ordered ? 'ol' : 'ul';
  const items = node.items.map((item) => `<li${blockAttrs(item.blockId, ctx)}>${inlineHtml(item.children)}${item.sublist ? list(item.sublist, ctx) : ''}</li>`);
  const classes = [...(node.depth ? [`depth-${node.depth}`] : []), ...(node.printedMarkers ? ['printed-markers'] : [])];
  const classAttr = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  const start = node.start ? ` start="${node.start}"` : '';
  return `<${tag}${blockAttrs(node.blockId, ctx)}${classAttr}${start}>\n${items.join('\n')}\n</${tag}>`;
};

const children = (blocks: Block[], ctx: HtmlContext): string => blocks.map((block) => blockHtml(block, ctx)).join('\n');

const cellHtml = (cell: TableCell, tag: 'th' | 'td'): string => `<${tag}${attrs({ lang: cell.lang })}>${inlineHtml(cell.children)}</${tag}>`;

const languageSwitch = (node: LanguageChoice): string => {
  const buttons = node.options.map((o) => `<button type="button"${attrs({ value: o.value, lang: o.lang, 'aria-pressed': 'false' })}>${escapeHtml(o.label)}</button>`);
  return `<nav class="language-switch"${attrs({ 'aria-label': node.label })}>${buttons.join('')}</nav>`;
};

/** One handler per node type. */
export const htmlHandlers: Handlers = {
  titleBlock: (node, ctx) => `<header${attrs({ class: node.role })}>\n${children(node.children, ctx)}\n</header>`,
  section: (node, ctx) =>
    `<section${attrs({ id: node.id, [node.component ? 'data-component' : 'data-section']: node.id })}>\n${children(node.children, ctx)}\n</section>`,
  pageBreak: () => '<div class="page-break" aria-hidden="true"></div>',
  contentsList: (node) =>
    `<nav class="contents"><ol>\n${node.entries.map((e) => `<li><a${attrs({ href: `#${e.target}` })}>${inlineHtml(e.children)}</a></li>`).join('\n')}\n</ol></nav>`,
  heading: (node) => `<h${node.level}>${inlineHtml(node.children)}</h${node.level}>`,
  paragraph: (node, ctx) => `<p${blockAttrs(node.blockId, ctx, { class: node.role })}>${inlineHtml(node.children)}</p>`,
  list,
  group: (node, ctx) => `<div${blockAttrs(node.blockId, ctx, { class: 'group' })}>\n${children(node.children, ctx)}\n</div>`,
  table: (node) => {
    const body = node.rows.map((r) => `<tr${attrs({ 'data-person': r.key })}>${r.cells.map((c) => cellHtml(c, 'td')).join('')}</tr>`).join('\n');
    return `<table${attrs({ class: node.role })}>\n<thead><tr>${node.header.map((c) => cellHtml(c, 'th')).join('')}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  },
  parallel: (node) => {
    const cells = node.cells.map((cell) => `<div${attrs({ lang: cell.lang })}>${children(cell.children, { inPair: true })}</div>`);
    return `<div${attrs({ class: 'pair', id: node.blockId, 'data-block': node.blockId })}>${cells.join('')}</div>`;
  },
};

export function blockHtml(node: Block, ctx: HtmlContext = { inPair: false }): string {
  return (htmlHandlers[node.type] as (n: Block, c: HtmlContext) => string)(node, ctx);
}

/** A complete, self-contained HTML document; `fontFaces` are @font-face rules to embed (see fonts.ts). */
export function writeHtml(tree: DocumentTree, fontFaces = '', paper: Paper = DEFAULT_PAPER): string {
  const { skipLabel, languageChoice } = tree.reader;
  const styles = htmlStyles([tree.lang, ...treeLanguages(tree)]) + pageRule(paper) + (languageChoice ? languageSwitchStyles(languageChoice) : '');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(tree.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${escapeHtml(tree.author)}">
<meta name="description" content="${escapeHtml(tree.subject)}">
<meta name="keywords" content="${escapeHtml(tree.keywords)}">
<title>${escapeHtml(tree.title)}</title>
<style>
${fontFaces}${styles}</style>
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(skipLabel)}</a>
<main${attrs({ id: 'main', class: tree.layout ? `bilingual layout-${tree.layout}` : undefined })}>
${languageChoice ? `${languageSwitch(languageChoice)}\n` : ''}${children(tree.children, { inPair: false })}
</main>${languageChoice ? `\n<script>${languageSwitchScript}</script>` : ''}
</body>
</html>
`;
}
