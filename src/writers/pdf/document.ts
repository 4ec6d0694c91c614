import type { Content, ContentText, TDocumentDefinitions, TableCell as PdfCell } from 'pdfmake/interfaces.js';
import { componentIds, inlineText, timestampDate, treeLanguages, type Block, type DocumentTree, type Heading, type Inline, type Layout, type List, type Parallel, type Table } from '../../tree/types.js';
import { columnPercents } from '../common/columns.js';
import { estimateLines } from '../common/estimate.js';
import { markAt } from '../common/list-marks.js';
import { noBreakPieces } from '../common/no-break.js';
import { isHanCharacter } from '../../fonts/index.js';
import { hanFallback } from '../../languages/index.js';
import { DEFAULT_PAPER, paperSize, scaleMargins, type Paper } from '../common/paper.js';
import { tagged, whenRepeated, type StructType } from './tagging.js';
import { pdfStyles, pdfThemeFor, type PdfTheme } from './theme.js';

/** Writer state passed to every handler: the theme of the current language, and where we are. */
export interface PdfContext {
  theme: PdfTheme;
  layout: Layout;
  inTitle: boolean;
  /** The text area of a page, in points: the paper less its margins. */
  textArea: { width: number; height: number };
  /** Numbers pairs and tables, whose ids let pageBreakBefore keep a heading with the block after it. */
  blocks: { count: number };
  /** In a stacked title pair: the languages sit close together, spaced as one line from the rest. */
  stacked?: 'first' | 'last';
  /** Inside a pair's cell: page breaks are the pair's business, not its headings'. */
  inPair?: boolean;
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
        // A number and its unit (2021年) are one unbreakable run: Unicode line breaking would split them.
        return noBreakPieces(node.value).map((piece) => ({ text: piece.text, ...format, ...(piece.keep ? { noWrap: true } : {}) }));
      case 'strong':
        return inlineContent(node.children, { ...format, bold: true });
      case 'emphasis':
        return inlineContent(node.children, { ...format, italics: true });
    }
  });
}

/** A list, its marks by level and language (list-marks.ts); an ordered list keeps its numbers from `start`. */
function list(node: List, ctx: PdfContext, level = node.depth ?? 0): Content {
  const items = node.items.map((item): Content => {
    const text: Content = { text: inlineContent(item.children), style: style(ctx, 'listItem') };
    return item.sublist ? { stack: [text, list(item.sublist, ctx, level + 1)] } : text;
  });
  const placement = { style: style(ctx, 'list'), ...(node.depth ? { margin: [10 + 14 * node.depth, 0, 0, 4] as [number, number, number, number] } : {}) };
  // Items that carry their printed marker ("(a)") get no bullet or number of pdfmake's.
  if (node.printedMarkers) return tagged('L', { ul: items, type: 'none', ...placement });
  if (!node.ordered) return tagged('L', { ul: items, type: markAt(ctx.theme.marks.bullets, level).shape, ...placement });
  const mark = markAt(ctx.theme.marks.ordered, level);
  return tagged('L', { ol: items, type: mark.format, separator: [mark.prefix, mark.suffix], start: node.start ?? 1, ...placement });
}

/** Everything a language cell needs to be set in its own fonts and measure. */
function languageCell(cell: Parallel['cells'][number], ctx: PdfContext): { content: Content; ctx: PdfContext } {
  const theme = pdfThemeFor(cell.lang);
  const cellCtx = { ...ctx, theme, inPair: !ctx.inTitle };
  // Half-width columns take type a point smaller, as parallel texts are set.
  const fontSize = ctx.layout === 'parallel' && !ctx.inTitle ? theme.fontSize - 1 : theme.fontSize;
  // Each language's block is one element of the tagged PDF, in its own language.
  const content = tagged('Div', { stack: blocksContent(cell.children, cellCtx), font: theme.fonts.body.name, lineHeight: theme.lineHeight, fontSize }, { lang: cell.lang });
  return { content, ctx: cellCtx };
}

const noLines = { hLineWidth: () => 0, vLineWidth: () => 0 };

/** A pair's cells laid out for its languages, with the estimated height of its taller (or, stacked, total) text. */
function pairCells(node: Parallel, ctx: PdfContext): { cells: { content: Content; ctx: PdfContext }[]; height: number; heading: boolean } {
  const headingText = node.cells.map((cell) => cell.children.find((c) => c.type === 'heading')).map((h) => (h?.type === 'heading' ? inlineText(h.children) : ''));
  const outlineFor = (i: number) => (i === 0 ? { text: headingText.filter(Boolean).join(' / ') } : { skip: true });
  const cells = node.cells.map((cell, i) =>
    languageCell(cell, { ...ctx, outline: outlineFor(i), stacked: !ctx.inTitle ? undefined : i === 0 ? 'first' : i === node.cells.length - 1 ? 'last' : undefined }),
  );
  const textWidth = ctx.textArea.width;
  const columnWidth = ctx.layout === 'parallel' ? textWidth / cells.length - 9 : textWidth - 9;
  const heights = node.cells.map((cell, i) => estimateHeight(cell.children, cells[i]!.ctx.theme, columnWidth));
  const height = ctx.layout === 'parallel' ? Math.max(...heights) : heights.reduce((a, b) => a + b, 0);
  return { cells, height, heading: node.cells.some((cell) => cell.children.some((child) => child.type === 'heading')) };
}

/** Whether a block is a heading in every language (a section's or a component's title). */
const isHeadingPair = (block: Block | undefined): block is Parallel => block?.type === 'parallel' && block.cells.every((cell) => cell.children.every((c) => c.type === 'heading'));

const parallelLayout = (columns: number) => ({
  ...noLines,
  paddingLeft: (i: number) => (i === 0 ? 0 : 9),
  paddingRight: (i: number) => (i === columns - 1 ? 0 : 9),
  paddingTop: () => 0,
  paddingBottom: () => 0,
});

/**
 * A block in every language. Parallel: a borderless row of columns, so both sides start at the
 * same height; a heading pair before it is the table's first row, so that the heading can never be
 * left at the foot of a page without it. Interleaved (and the title block): one below the other,
 * the translation set off by a rule at its left.
 */
function parallel(node: Parallel, ctx: PdfContext, headingPair?: Parallel): Content {
  const pair = pairCells(node, ctx);
  if (ctx.inTitle) return { stack: pair.cells.map((c) => c.content) };
  if (ctx.layout === 'parallel') {
    const headed = headingPair ? pairCells(headingPair, ctx) : undefined;
    const rows = [...(headed ? [headed.cells] : []), pair.cells].map((cells) => cells.map((c) => c.content as PdfCell));
    const table: Content = { table: { widths: pair.cells.map(() => '*'), body: rows }, layout: parallelLayout(pair.cells.length) };
    return keepTogether(table, pair, ctx, headed?.height);
  }
  const [first, ...rest] = pair.cells;
  return keepTogether({
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
  }, pair, ctx);
}

/**
 * Keeps a short pair on one page; a longer one may run on to the next page with both columns
 * continuing together at its top (as LaTeX's paracol does), since moving a pair whole leaves a
 * hole. A heading pair standing alone is a headline, kept with the block that follows it (see
 * pageBreakBefore); a pair headed by its heading needs room for the heading as well (HEADED).
 */
function keepTogether(content: Content, pair: { height: number; heading: boolean }, ctx: PdfContext, headingHeight?: number): Content {
  const unbreakable = pair.heading || pair.height <= SHORT_PAIR_SHARE * ctx.textArea.height;
  const id = `${BLOCK_ID}${++ctx.blocks.count}${headingHeight ? HEADED : ''}`;
  return { ...(content as object), id, ...(unbreakable ? { unbreakable } : {}), ...(pair.heading ? { headlineLevel: 2 } : {}) } as Content;
}

/** A heading pair needs this much room below its top: itself and the first lines of what follows. */
const HEADING_ROOM = 110;

/** The id suffix of a pair headed by its heading, and the room the heading takes above the pair's first lines. */
const HEADED = ':headed';
const HEADED_ROOM = 45;

/** The id prefix of pairs and tables, the blocks a heading pair is kept with. */
const BLOCK_ID = 'block:';

const withBlockId = (ctx: PdfContext, content: Content): Content => ({ ...(content as object), id: `${BLOCK_ID}${++ctx.blocks.count}` }) as Content;

/** Pairs up to this share of a page's text height (about four lines) are never split: moving one leaves at most that much blank. */
const SHORT_PAIR_SHARE = 0.09;

/** A pair that breaks leaves at least this much of itself (two lines) at the foot of the page; otherwise it starts on the next. */
const MIN_SPLIT_HEIGHT = 36;

/** A generous estimate of a cell's height in points at a given column width, from its text. */
const estimateHeight = (blocks: readonly Block[], theme: PdfTheme, width: number): number => estimateLines(blocks, width / theme.fontSize) * theme.fontSize * theme.lineHeight;

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
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, ['stack', 'table', 'body', 'ul', 'ol', 'columns'].includes(key) ? visit(value) : value]));
  };
  return visit(content) as Content[];
}

/**
 * Paragraph roles that are headings in the structure tree: a packet's cover title is the document's
 * title, its H1 (the agreement's title after it is an H1 too: the title of the part it heads).
 */
const ROLE_TAGS: Readonly<Record<string, StructType>> = { 'cover-title': 'H1' };

/** One handler per node type; callers may override any of them. */
export const pdfHandlers: Handlers = {
  titleBlock: (node, ctx) => ({
    stack: [
      ...blocksContent(node.children, { ...ctx, inTitle: true }),
      // A short centred rule under the title block.
      ...(node.role === 'cover'
        ? []
        : [{ canvas: [{ type: 'line', x1: ctx.textArea.width / 2 - 75.5, y1: 6, x2: ctx.textArea.width / 2 + 75.5, y2: 6, lineWidth: 0.6, lineColor: '#777777' }], margin: [0, 0, 0, 14] } as Content]),
    ],
  }),
  section: (node, ctx) => tagged('Sect', { stack: markFirstText(blocksContent(node.children, ctx), node.id) }),
  pageBreak: () => ({ text: '' }), // handled by blocksContent
  contentsList: (node, ctx) =>
    withBlockId(
      ctx,
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
    ),
  // headlineLevel lets pageBreakBefore keep a heading with the text that follows it; a break inside a
  // pair's cell would tear the pair (and pdfmake drops the content of an unbreakable cell broken that way).
  heading: (node, ctx) =>
    tagged(`H${node.level}`, {
      text: inlineContent(node.children),
      style: style(ctx, `h${node.level}`),
      ...(ctx.inPair ? {} : { headlineLevel: node.level }),
      ...stackMargins(ctx),
      // Bookmarks for the title and sections; in a pair only the first language's heading, labelled in all.
      ...(node.level <= 2 && !ctx.outline?.skip ? { outline: true, outlineText: ctx.outline?.text ?? inlineText(node.children) } : {}),
    }),
  paragraph: (node, ctx) => tagged((node.role && ROLE_TAGS[node.role]) || 'P', { text: inlineContent(node.children), style: style(ctx, node.role ?? 'body'), ...stackMargins(ctx) }),
  list: (node, ctx) => list(node, ctx),
  group: (node, ctx) => ({ stack: blocksContent(node.children, ctx) }),
  table: (node, ctx) => tableContent(node, ctx),
  parallel: (node, ctx) => parallel(node, ctx),
};

/** A heading over a table, or a pair of headings side by side over their languages' columns. */
type Caption = Heading | Parallel;

/**
 * The caption row of a table: its heading, or each heading of a pair over its language's columns,
 * tagged as the heading it is (and placed before the table in the structure tree). On a page where
 * the table continues, the repeated caption carries the heading's "(continued)" mark (tagging.ts
 * draws a `whenRepeated` run only there).
 */
function captionRow(caption: Caption, columns: number, ctx: PdfContext): PdfCell[] {
  const headings = caption.type === 'heading' ? [{ heading: caption, lang: undefined }] : caption.cells.map((cell) => ({ heading: cell.children[0] as Heading, lang: cell.lang }));
  const span = columns / headings.length;
  return headings.flatMap(({ heading, lang }) => {
    const cellCtx = lang ? { ...ctx, theme: pdfThemeFor(lang) } : ctx;
    const mark = heading.continued ? [whenRepeated({ text: isHanCharacter(heading.continued[0]!) ? heading.continued : ` ${heading.continued}` })] : [];
    const cell = tagged(`H${heading.level}`, { text: [...inlineContent(heading.children), ...mark], style: style(cellCtx, `h${heading.level}`), colSpan: span, border: [false, false, false, false] } as Content, { lang });
    return [cell as PdfCell, ...Array<PdfCell>(span - 1).fill({})];
  });
}

/** A block as the caption of the table after it: a heading, or a heading pair whose languages share the columns evenly. */
const captionOf = (block: Block | undefined, table: Block | undefined): Caption | undefined =>
  table?.type === 'table' && (block?.type === 'heading' || (isHeadingPair(block) && table.header.length % block.cells.length === 0)) ? block : undefined;

/**
 * A table. A heading (or heading pair) directly before it becomes its first header row, so that the
 * heading is never left alone at the foot of a page and is repeated, marked as continued, above the
 * rows continued on the next.
 */
function tableContent(node: Table, ctx: PdfContext, heading?: Caption): Content {
  const columns = node.header.length;
  const cellStyle = (lang: string | undefined, name: string): string => style(lang ? { ...ctx, theme: pdfThemeFor(lang) } : ctx, name);
  const caption = heading ? captionRow(heading, columns, ctx) : [];
  const cell = (type: 'TH' | 'TD', cell: Table['header'][number], name: string): PdfCell =>
    tagged(type, { text: inlineContent(cell.children), style: cellStyle(cell.lang, name) }, { lang: cell.lang }) as PdfCell;
  const widths = columnPercents(node).map((p) => `${p}%`);
  return withBlockId(ctx, tagged('Table', {
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
  }));
}

/** Content of a run of blocks, joining each heading that introduces a table to the table. */
function blocksContent(blocks: readonly Block[], ctx: PdfContext): Content[] {
  return blocks.flatMap((block, i): Content[] => {
    const next = blocks[i + 1];
    if (captionOf(block, next)) return [];
    const pairsHeaded = ctx.layout === 'parallel' && !ctx.inTitle;
    if (pairsHeaded && isHeadingPair(block) && next?.type === 'parallel' && !isHeadingPair(next)) return [];
    // A page break becomes "before" on what follows: an empty node breaking "after" would add a blank
    // page whenever the page before it is exactly full.
    if (block.type === 'pageBreak') return [];
    const previous = blocks[i - 1];
    const caption = captionOf(previous, block);
    const content =
      block.type === 'table' && caption
        ? tableContent(block, ctx, caption)
        : block.type === 'parallel' && pairsHeaded && isHeadingPair(previous) && !isHeadingPair(block)
          ? parallel(block, ctx, previous)
          : blockContent(block, ctx);
    return [previous?.type === 'pageBreak' ? ({ ...(content as object), pageBreak: 'before' } as Content) : content];
  });
}

export function blockContent(node: Block, ctx: PdfContext): Content {
  return (pdfHandlers[node.type] as (n: Block, c: PdfContext) => Content)(node, ctx);
}

/** The pdfmake document definition for a tree: declarative, no I/O. */
export function pdfDefinition(tree: DocumentTree, theme: PdfTheme = pdfThemeFor(tree.lang), paper: Paper = DEFAULT_PAPER): TDocumentDefinitions {
  // Two columns need the width: 20 mm side margins instead of 25 (on A4; scaled to the paper).
  const margins = scaleMargins(paper, tree.layout === 'parallel' ? [57, theme.pageMargins[1], 57, theme.pageMargins[3]] : theme.pageMargins);
  const page = paperSize(paper);
  const textArea = { width: page.width - margins[0] - margins[2], height: page.height - margins[1] - margins[3] };
  const ctx: PdfContext = { theme, layout: tree.layout ?? 'parallel', inTitle: false, textArea, blocks: { count: 0 } };
  // Running text that mixes scripts (a bilingual short title) is set in the font that has them all.
  const hasCover = componentIds(tree).includes('cover');
  const languages = [tree.lang, ...treeLanguages(tree)];
  const hanFont = hanFallback(languages).fonts.body.name;
  const fontFor = (text: string): string => (/\p{Script=Han}/u.test(text) ? hanFont : theme.fonts.body.name);
  return {
    pageSize: { width: page.width, height: page.height },
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
    styles: pdfStyles(languages),
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
    // The page label in every language of the edition; a packet's cover has none.
    footer: (current: number, total: number) =>
      current === 1 && hasCover
        ? null
        : {
            text: tree.pageLabel.replaceAll('{current}', String(current)).replaceAll('{total}', String(total)),
            style: style(ctx, 'footer'),
            font: fontFor(tree.pageLabel),
            margin: [0, 30, 0, 0],
          },
    pageBreakBefore: (node, following) => {
      const ratio = node.startPosition.verticalRatio;
      const isBlock = Boolean(node.id?.startsWith(BLOCK_ID));
      // A heading pair stays with the block after it: it moves when that block starts on a later page.
      const room = node.startPosition.pageInnerHeight * (1 - ratio);
      if (isBlock && node.headlineLevel) return ratio > 0.05 && (room < HEADING_ROOM || !following.getFollowingNodesOnPage().some((n) => n.id?.startsWith(BLOCK_ID)));
      // A heading in the last fifth of a page, or with nothing after it there, moves to the next page.
      if (node.headlineLevel && (ratio > 0.8 || following.getFollowingNodesOnPage().length === 0)) return true;
      // A pair that would leave less than two lines of itself at the foot of a page starts on the next.
      return isBlock && node.pageNumbers.length > 1 && room < MIN_SPLIT_HEIGHT + (node.id!.endsWith(HEADED) ? HEADED_ROOM : 0);
    },
  };
}
