import { escapeHtml } from '../../compose/inline-markup.js';
import type { Block, DocumentTree, Inline, List } from '../../tree/types.js';
import { htmlStylesFor } from './theme.js';

type Handlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>) => string };

const attrs = (pairs: Record<string, string | undefined>): string =>
  Object.entries(pairs)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');

/** data-block and a matching id, so that every block can be linked to and traced. */
const blockAttrs = (blockId: string | undefined, extra: Record<string, string | undefined> = {}): string =>
  attrs({ id: blockId, 'data-block': blockId, ...extra });

export function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.value);
        case 'strong':
          return `<strong>${inlineHtml(node.children)}</strong>`;
        case 'emphasis':
          return `<em>${inlineHtml(node.children)}</em>`;
      }
    })
    .join('');
}

const list = (node: List): string => {
  const tag = node.ordered ? 'ol' : 'ul';
  const items = node.items.map((item) => `<li${blockAttrs(item.blockId)}>${inlineHtml(item.children)}${item.sublist ? list(item.sublist) : ''}</li>`);
  return `<${tag}${blockAttrs(node.blockId)}>\n${items.join('\n')}\n</${tag}>`;
};

const children = (blocks: Block[]): string => blocks.map(blockHtml).join('\n');

/** One handler per node type. */
export const htmlHandlers: Handlers = {
  titleBlock: (node) => `<header class="title-block">\n${children(node.children)}\n</header>`,
  section: (node) => `<section${attrs({ id: node.id, 'data-section': node.id })}>\n${children(node.children)}\n</section>`,
  heading: (node) => `<h${node.level}>${inlineHtml(node.children)}</h${node.level}>`,
  paragraph: (node) => `<p${blockAttrs(node.blockId, { class: node.role })}>${inlineHtml(node.children)}</p>`,
  list,
  group: (node) => `<div${blockAttrs(node.blockId, { class: 'group' })}>\n${children(node.children)}\n</div>`,
  table: (node) => {
    const row = (cells: Inline[][], tag: 'th' | 'td'): string => cells.map((cell) => `<${tag}>${inlineHtml(cell)}</${tag}>`).join('');
    const body = node.rows.map((r) => `<tr${attrs({ 'data-person': r.key })}>${row(r.cells, 'td')}</tr>`).join('\n');
    return `<table${attrs({ class: node.role })}>\n<thead><tr>${row(node.header, 'th')}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  },
};

export function blockHtml(node: Block): string {
  return (htmlHandlers[node.type] as (n: Block) => string)(node);
}

/** A complete, self-contained HTML document; `fontFaces` are @font-face rules to embed (see fonts.ts). */
export function writeHtml(tree: DocumentTree, fontFaces = '', styles: string = htmlStylesFor(tree.lang)): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(tree.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(tree.title)}</title>
<style>
${fontFaces}${styles}</style>
</head>
<body>
<main>
${children(tree.children)}
</main>
</body>
</html>
`;
}
