import { isHanCharacter } from '../../fonts/index.js';
import type { Content, ContentText, TDocumentDefinitions, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import { inlineText, timestampDate, visitBlockText, type Block, type DocumentTree, type Heading, type Inline, type Layout, type List, type Parallel, type Table } from '../../tree/types.js';
import { participantColumnPercents } from '../common/columns.js';
import { tagged } from './tagging.js';
import { allPdfStyles, pdfThemeFor, type PdfTheme } from './theme.js';

/** Writer state passed to every handler: the theme of the current language, and where we are. */
export interface PdfContext {
  theme: PdfTheme;
  layout: Layout;
  inTitle: boolean;
  /** Numbers the pairs, whose ids let pageBreakBefore keep each pair on one page. */
  pairs: { count: number };
  /** In a stacked title pair: the languages sit close together, spaced as one line from the rest. */
  stacked?: 'first' | 'last';
  /** Inside a heading pair: the bookmark text of all languages, or no bookmark (later languages). */
  outline?: { text?: string; skip?: boolean };
}

/** Margin overrides that keep the lines of a stacked pair together. */
const stackMargins = (ctx: PdfContext) => (ctx.stacked === 'first' ? { marginBottom: 2 } : ctx.stacked === 'last' ? { marginTop: 2 } : {});

type Handlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>, ctx: PdfContext) => Content };

/** Styles are registered once per script (latin.body, han.body); a node takes the one of its language. */
const style = (ctx: PdfContext, name: string): string => `${ctx.theme.key}.${name}`;

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

const list = (node: List, ctx: PdfContext): Content =>
  tagged('L', {
    ul: node.items.map((item): Content => {
      const text: Content = { text: inlineContent(item.children), style: style(ctx, 'listItem') };
      return item.sublist ? { stack: [text, list(item.sublist, ctx)] } : text;
    }),
    style: style(ctx, 'list'),
    // Items that carry their printed marker ("(a)") get no bullet of pdfmake's.
    ...(node.printedMarkers ? { type: 'none' as const } : {}),
    ...(node.depth ? { margin: [10 + 14 * node.depth, 0, 0, 4] as [number, number, number, number] } : {}),
  });

/** Everything a language cell needs to be set in its own fonts and measure. */
function languageCell(cell: Parallel['cells'][number], ctx: PdfContext): { content: Content; ctx: PdfContext } {
  const theme = pdfThemeFor(cell.lang);
  const cellCtx = { ...ctx, theme };
  // Half-width columns take type a point smaller, as parallel texts are set.
  const fontSize = ctx.layout === 'parallel' && !ctx.inTitle ? theme.fontSize - 1 : theme.fontSize;
  // Each language's block is one element of the tagged PDF, in its own language.
  const content = tagged('Div', { stack: blocksContent(cell.children, cellCtx), font: theme.fonts.body.name, lineHeight: theme.lineHeight, fontSize }, { lang: cell.lang });
  return { content, ctx: cellCtx };
}

const noLines = { hLineWidth: () => 0, vLineWidth: () => 0 };

/**
 * A block in every language. Parallel: a borderless two-column row, so both sides start at the
 * same height. Interleaved (and the title block): one below the other, the translation set off by
 * a rule at its left.
 */
function parallel(node: Parallel, ctx: PdfContext): Content {
  const headingText = node.cells.map((cell) => cell.children.find((c) => c.type === 'heading')).map((h) => (h?.type === 'heading' ? inlineText(h.children) : ''));
  const outlineFor = (i: number) => (i === 0 ? { text: headingText.filter(Boolean).join(' / ') } : { skip: true });
  const cells = node.cells.map((cell, i) => languageCell(cell, { ...ctx, outline: outlineFor(i) }));
  const heading = node.cells.some((cell) => cell.children.some((child) => child.type === 'heading'));
  const id = `pair:${++ctx.pairs.count}`;
  if (ctx.inTitle) {
    const stacked = node.cells.map((cell, i) =>
      languageCell(cell, { ...ctx, outline: outlineFor(i), stacked: i === 0 ? 'first' : i === node.cells.length - 1 ? 'last' : undefined }),
    );
    return { stack: stacked.map((c) => c.content) };
  }
  const textWidth = 595 - ctx.theme.pageMargins[0] - ctx.theme.pageMargins[2];
  const columnWidth = ctx.layout === 'parallel' ? textWidth / cells.length - 9 : textWidth - 9;
  const heights = node.cells.map((cell, i) => estimateHeight(cell.children, cells[i]!.ctx.theme, columnWidth));
  const height = ctx.layout === 'parallel' ? Math.max(...heights) : heights.reduce((a, b) => a + b, 0);
  if (ctx.layout === 'parallel') {
    return keepTogether(id, heading, {
      table: { widths: cells.map(() => '*'), body: [cells.map((c) => c.content as PdfCell)] },
      layout: { ...noLines, paddingLeft: (i: number) => (i === 0 ? 0 : 9), paddingRight: (i: number) => (i === cells.length - 1 ? 0 : 9), paddingTop: () => 0, paddingBottom: () => 0 },
    }, height, ctx);
  }
  const [first, ...rest] = cells;
  return keepTogether(id, heading, {
    stack: [
      first!.content,
      ...rest.map(
        (c): Content => ({
          table: { widths: ['*'], body: [[c.content as PdfCell]] },
          layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 1.2 : 0), vLineColor: () => '#9AA6B2', paddingLeft: () => 9, paddingTop: () => 0, paddingBottom: () => 0 },
          margin: [0, 0, 0, 6],
        }),
      ),
    ],
  }, height, ctx);
}

/**
 * Keeps a short pair on one page; a long one may run on to the next page in both columns, since
 * moving every pair that does not fit in the rest of a page would leave half-empty pages. A heading
 * pair is a headline, kept with what follows it.
 */
function keepTogether(id: string, heading: boolean, content: Content, estimatedHeight: number, ctx: PdfContext): Content {
  const pageBody = 842 - ctx.theme.pageMargins[1] - ctx.theme.pageMargins[3];
  const unbreakable = estimatedHeight <= KEEP_TOGETHER_SHARE * pageBody;
  return { ...(content as object), id, ...(unbreakable ? { unbreakable } : {}), ...(heading ? { headlineLevel: 2 } : {}) } as Content;
}

/** Pairs up to this share of a page's text height are never split. */
const KEEP_TOGETHER_SHARE = 0.4;

/** Han and full-width characters are one em wide; other characters about half an em. */
const emWidth = (text: string): number => [...text].reduce((sum, c) => sum + (isHanCharacter(c) ? 1 : 0.5), 0);

/** A generous estimate of a cell's height in points at a given column width, from its text. */
function estimateHeight(blocks: readonly Block[], theme: PdfTheme, width: number): number {
  let lines = 0;
  const count = (text: string): void => {
    lines += Math.ceil(emWidth(text) / (width / theme.fontSize)) + 0.6; // + paragraph spacing
  };
  visitBlockText(blocks, '', (text) => count(text));
  return lines * theme.fontSize * theme.lineHeight;
}

/**
 * Gives the first text of a section the section's id, the target of the contents' page references
 * (pdfmake resolves ids on text nodes only).
 */
function markFirstText(content: Content[], id: string): Content[] {
  let marked = false;
  const visit = (node: unknown): unknown => {
    if (marked || node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(visit);
    const record = node as Record<string, unknown>;
    if ('text' in record && record.text !== '') {
      marked = true;
      return { ...record, id };
    }
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, ['stack', 'table', 'body', 'ul', 'columns'].includes(key) ? visit(value) : value]));
  };
  return visit(content) as Content[];
}

/** One handler per node type; callers may override any of them. */
export const pdfHandlers: Handlers = {
  titleBlock: (node, ctx) => ({
    stack: [
      ...blocksContent(node.children, { ...ctx, inTitle: true }),
      ...(node.role === 'cover' ? [] : [{ canvas: [{ type: 'line', x1: 150, y1: 6, x2: 301, y2: 6, lineWidth: 0.6, lineColor: '#777777' }], margin: [0, 0, 0, 14] } as Content]),
    ],
  }),
  section: (node, ctx) => tagged('Sect', { stack: markFirstText(blocksContent(node.children, ctx), node.id) }),
  pageBreak: () => ({ text: '' }), // handled by blocksContent
  contentsList: (node, ctx) =>
    tagged('TOC', {
      table: {
        widths: ['*', 'auto'],
        body: node.entries.map((entry) => [
          { text: inlineContent(entry.children), style: style(ctx, 'contentsEntry') },
          tagged('Link', { pageReference: entry.target, style: style(ctx, 'contentsEntry'), alignment: 'right' } as unknown as Content) as PdfCell,
        ]),
      },
      layout: { ...noLines, paddingLeft: () => 0, paddingTop: () => 3, paddingBottom: () => 3 },
    }),
  // headlineLevel lets pageBreakBefore keep a heading with the text that follows it.
  heading: (node, ctx) =>
    tagged(`H${node.level}`, {
      text: inlineContent(node.children),
      style: style(ctx, `h${node.level}`),
      headlineLevel: node.level,
      ...stackMargins(ctx),
      // Bookmarks for the title and sections; in a pair only the first language's heading, labelled in all.
      ...(node.level <= 2 && !ctx.outline?.skip ? { outline: true, outlineText: ctx.outline?.text ?? inlineText(node.children) } : {}),
    }),
  paragraph: (node, ctx) => tagged('P', { text: inlineContent(node.children), style: style(ctx, node.role ?? 'body'), ...stackMargins(ctx) }),
  list,
  group: (node, ctx) => ({ stack: blocksContent(node.children, ctx) }),
  table: (node, ctx) => tableContent(node, ctx),
  parallel,
  // Print has no language switch: every language is printed.
  languageSwitch: () => ({ text: '' }),
};

/**
 * A table. A heading directly before it becomes its first header row, so that the heading is
 * never left alone at the foot of a page and is repeated above the rows continued on the next.
 */
function tableContent(node: Table, ctx: PdfContext, heading?: Heading): Content {
  const columns = node.header.length;
  const cellStyle = (lang: string | undefined, name: string): string => style(lang ? { ...ctx, theme: pdfThemeFor(lang) } : ctx, name);
  // The heading row is tagged as the heading it is, placed before the table in the structure tree.
  const caption: PdfCell[] = heading
    ? [
        tagged(`H${heading.level}`, { text: inlineContent(heading.children), style: style(ctx, `h${heading.level}`), colSpan: columns, border: [false, false, false, false] } as Content) as PdfCell,
        ...Array<PdfCell>(columns - 1).fill({}),
      ]
    : [];
  const cell = (type: 'TH' | 'TD', cell: Table['header'][number], name: string): PdfCell =>
    tagged(type, { text: inlineContent(cell.children), style: cellStyle(cell.lang, name) }, { lang: cell.lang }) as PdfCell;
  const widths = participantColumnPercents(node.header, (lang) => (lang ? pdfThemeFor(lang) : ctx.theme).participantNameShare).map((p) => `${p}%`);
  return tagged('Table', {
    table: {
      headerRows: heading ? 2 : 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        ...(heading ? [caption] : []),
        node.header.map((c) => cell('TH', c, 'tableHeader')),
        ...node.rows.map((row) => row.cells.map((c) => cell('TD', c, 'tableCell'))),
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
  });
}

/** Content of a run of blocks, joining each heading that introduces a table to the table. */
function blocksContent(blocks: readonly Block[], ctx: PdfContext): Content[] {
  return blocks.flatMap((block, i): Content[] => {
    const next = blocks[i + 1];
    if (block.type === 'heading' && next?.type === 'table') return [];
    // A page break becomes "before" on what follows: an empty node breaking "after" would add a blank
    // page whenever the page before it is exactly full.
    if (block.type === 'pageBreak') return [];
    const previous = blocks[i - 1];
    const content = block.type === 'table' && previous?.type === 'heading' ? tableContent(block, ctx, previous) : blockContent(block, ctx);
    return [previous?.type === 'pageBreak' ? ({ ...(content as object), pageBreak: 'before' } as Content) : content];
  });
}

export function blockContent(node: Block, ctx: PdfContext): Content {
  return (pdfHandlers[node.type] as (n: Block, c: PdfContext) => Content)(node, ctx);
}

/** The pdfmake document definition for a tree: declarative, no I/O. */
export function pdfDefinition(tree: DocumentTree, theme: PdfTheme = pdfThemeFor(tree.lang)): TDocumentDefinitions {
  const ctx: PdfContext = { theme, layout: tree.layout ?? 'parallel', inTitle: false, pairs: { count: 0 } };
  // Two columns need the width: 20 mm side margins instead of 25.
  const margins: [number, number, number, number] = tree.layout === 'parallel' ? [57, theme.pageMargins[1], 57, theme.pageMargins[3]] : theme.pageMargins;
  // Running text that mixes scripts (a bilingual short title) is set in the font that has them all.
  const fontFor = (text: string): string => (/\p{Script=Han}/u.test(text) ? pdfThemeFor('zh').fonts.body.name : theme.fonts.body.name);
  return {
    pageSize: 'A4',
    pageMargins: margins,
    language: tree.languageTag,
    // Dates from the source, so that the same inputs give the same bytes.
    info: {
      title: tree.title,
      author: tree.author,
      subject: tree.subject,
      keywords: tree.keywords,
      creator: 'briefing',
      producer: 'briefing (pdfmake)',
      creationDate: new Date(`${timestampDate(tree)}T00:00:00Z`),
      modDate: new Date(`${timestampDate(tree)}T00:00:00Z`),
    },
    defaultStyle: { font: theme.fonts.body.name, fontSize: theme.fontSize, lineHeight: theme.lineHeight },
    styles: allPdfStyles(),
    content: blocksContent(tree.children, ctx),
    // A running header from the second page: the short title, and the handling marking when there is one.
    header: (current: number) =>
      current === 1
        ? null
        : {
            columns: [
              { width: '*', text: tree.runningTitle, style: style(ctx, 'header'), font: fontFor(tree.runningTitle) },
              { width: 'auto', text: tree.marking ?? '', style: style(ctx, 'headerMarking'), font: fontFor(tree.marking ?? ''), alignment: 'right' },
            ],
            margin: [margins[0], 30, margins[2], 0],
          },
    footer: (current: number, total: number) => ({
      text: tree.pageLabel.replace('{current}', String(current)).replace('{total}', String(total)),
      style: style(ctx, 'footer'),
      margin: [0, 30, 0, 0],
    }),
    pageBreakBefore: (node, following) => {
      const ratio = node.startPosition.verticalRatio;
      // A heading in the last fifth of a page, or with nothing after it there, moves to the next page.
      if (node.headlineLevel && (ratio > 0.8 || following.getFollowingNodesOnPage().length === 0)) return true;
      // So does a long pair that would begin in the last fifth: its languages could not start side by side.
      return Boolean(node.id?.startsWith('pair:')) && node.pageNumbers.length > 1 && ratio > 0.8;
    },
  };
}
