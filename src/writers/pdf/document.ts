import type { Content, ContentText, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import type { Block, DocumentTree, Heading, Inline, List, Table } from '../../tree/types.js';
import type { PdfTheme } from './theme.js';

/** Writer state passed to every handler. */
export interface PdfContext {
  theme: PdfTheme;
}

type Handlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>, ctx: PdfContext) => Content };

interface InlineFormat {
  bold?: boolean;
  italics?: boolean;
}

/** Flat text runs: pdfmake loses the style of nested run arrays, so formatting is applied per run. */
export function inlineContent(nodes: readonly Inline[], format: InlineFormat = {}): ContentText[] {
  return nodes.flatMap((node): ContentText[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.value, ...format }];
      case 'strong':
        return inlineContent(node.children, { ...format, bold: true });
      case 'emphasis':
        return inlineContent(node.children, { ...format, italics: true });
    }
  });
}

const list = (node: List, ctx: PdfContext): Content => ({
  ul: node.items.map((item): Content => {
    const text: Content = { text: inlineContent(item.children), style: 'listItem' };
    return item.sublist ? { stack: [text, list(item.sublist, ctx)] } : text;
  }),
  style: 'list',
});

/** One handler per node type; callers may override any of them. */
export const pdfHandlers: Handlers = {
  titleBlock: (node, ctx) => ({
    stack: [
      ...blocksContent(node.children, ctx),
      { canvas: [{ type: 'line', x1: 150, y1: 6, x2: 301, y2: 6, lineWidth: 0.6, lineColor: '#777777' }], margin: [0, 0, 0, 14] },
    ],
  }),
  section: (node, ctx) => ({ stack: blocksContent(node.children, ctx) }),
  // headlineLevel lets pageBreakBefore keep a heading with the text that follows it.
  heading: (node) => ({ text: inlineContent(node.children), style: `h${node.level}`, headlineLevel: node.level }),
  paragraph: (node) => ({ text: inlineContent(node.children), style: node.role ?? 'body' }),
  list,
  group: (node, ctx) => ({ stack: blocksContent(node.children, ctx) }),
  table: (node, ctx) => tableContent(node, ctx),
};

/**
 * A table. A heading directly before it becomes its first header row, so that the heading is
 * never left alone at the foot of a page and is repeated above the rows continued on the next.
 */
function tableContent(node: Table, ctx: PdfContext, heading?: Heading): Content {
  const columns = node.header.length;
  const caption: TableCell[] = heading
    ? [{ text: inlineContent(heading.children), style: `h${heading.level}`, colSpan: columns, border: [false, false, false, false] }, ...Array<TableCell>(columns - 1).fill({})]
    : [];
  return {
    table: {
      headerRows: heading ? 2 : 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ctx.theme.participantWidths,
      body: [
        ...(heading ? [caption] : []),
        node.header.map((cell): TableCell => ({ text: inlineContent(cell), style: 'tableHeader' })),
        ...node.rows.map((row) => row.cells.map((cell): TableCell => ({ text: inlineContent(cell), style: 'tableCell' }))),
      ],
    },
    layout: {
      hLineWidth: (i: number) => (heading && i === 0 ? 0 : i <= (heading ? 2 : 1) ? 0.8 : 0.3),
      vLineWidth: () => 0,
      hLineColor: () => '#888888',
      paddingTop: () => 3,
      paddingBottom: () => 3,
      paddingLeft: (i: number) => (i === 0 ? 0 : 8),
    },
    // No bottom margin: pdfmake starts a blank page for the margin of a table that ends at the foot of a page.
  };
}

/** Content of a run of blocks, joining each heading that introduces a table to the table. */
function blocksContent(blocks: readonly Block[], ctx: PdfContext): Content[] {
  return blocks.flatMap((block, i): Content[] => {
    const next = blocks[i + 1];
    if (block.type === 'heading' && next?.type === 'table') return [];
    const previous = blocks[i - 1];
    if (block.type === 'table' && previous?.type === 'heading') return [tableContent(block, ctx, previous)];
    return [blockContent(block, ctx)];
  });
}

export function blockContent(node: Block, ctx: PdfContext): Content {
  return (pdfHandlers[node.type] as (n: Block, c: PdfContext) => Content)(node, ctx);
}

/** The pdfmake document definition for a tree: declarative, no I/O. */
export function pdfDefinition(tree: DocumentTree, theme: PdfTheme): TDocumentDefinitions {
  const ctx: PdfContext = { theme };
  return {
    pageSize: 'A4',
    pageMargins: theme.pageMargins,
    language: tree.languageTag,
    info: { title: tree.title },
    defaultStyle: { font: theme.fonts.body.name, fontSize: theme.fontSize, lineHeight: theme.lineHeight },
    styles: theme.styles,
    content: tree.children.map((child) => blockContent(child, ctx)),
    footer: (current: number, total: number) => ({
      text: tree.pageLabel.replace('{current}', String(current)).replace('{total}', String(total)),
      style: 'footer',
      margin: [0, 30, 0, 0],
    }),
    // A heading in the last fifth of a page, or with nothing after it there, moves to the next page.
    pageBreakBefore: (node, following) =>
      Boolean(node.headlineLevel) && (node.startPosition.verticalRatio > 0.8 || following.getFollowingNodesOnPage().length === 0),
  };
}
