import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { componentIds, timestampDate, treeLanguages, type Block, type DocumentTree, type Inline, type Layout, type List, type Parallel, type TableCell as TreeCell } from '../../tree/types.js';
import { columnPercents } from '../common/columns.js';
import { estimateLines } from '../common/estimate.js';
import { DEFAULT_PAPER, paperSize, scaleMargins, twips, type Paper } from '../common/paper.js';
import { embeddedFaces } from './embedded-fonts.js';
import { docxParts, finishDocxPackage, TABLE_STYLE } from './package.js';
import { docxThemeFor, documentStyles, roleStyles, styleSuffix, type DocxTheme } from './theme.js';

type DocxBlock = Paragraph | Table | TableOfContents;

/** Writer state: the current language's theme, the layout, and list numbering. */
interface DocxContext {
  theme: DocxTheme;
  /** The document's main theme; its headings use Word's built-in heading styles. */
  primary: DocxTheme;
  layout: Layout;
  inTitle: boolean;
  /** Inside the contents component: its heading must not list itself in the TOC. */
  inContents?: boolean;
  /** A translation in the interleaved layout: set off by a rule at the left. */
  translation: boolean;
  /**
   * Numbering instances: every list starts one, so that ordered lists restart at 1, except an
   * ordered list that continues from a later number (an item of a bilingual pair), which takes up
   * the last instance of its language and level.
   */
  lists: { count: number; open: Map<string, number> };
  /** In a stacked title pair: the languages sit close together, spaced as one line from the rest. */
  stacked?: 'first' | 'last';
}

type Handlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>, ctx: DocxContext) => DocxBlock[] };

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
}

export function inlineRuns(nodes: readonly Inline[], format: RunFormat = {}): TextRun[] {
  return nodes.flatMap((node) => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value, ...format })];
      case 'strong':
        return inlineRuns(node.children, { ...format, bold: true });
      case 'emphasis':
        return inlineRuns(node.children, { ...format, italics: true });
    }
  });
}

const styleId = (ctx: DocxContext, id: string): string => id + styleSuffix(ctx.theme, ctx.primary);

const translationFrame = { border: { left: { style: BorderStyle.SINGLE, size: 12, color: '9AA6B2', space: 8 } }, indent: { left: 227 } };

/** A paragraph in the current language's style, framed when it is an interleaved translation. */
function paragraph(ctx: DocxContext, options: IParagraphOptions): Paragraph {
  // The line height is restated: LibreOffice drops a style's line spacing when a paragraph sets only before/after.
  const line = { line: ctx.theme.line, lineRule: LineRuleType.AUTO };
  const stacking = ctx.stacked === 'first' ? { spacing: { after: 40, ...line } } : ctx.stacked === 'last' ? { spacing: { before: 40, ...line } } : {};
  return new Paragraph({ ...options, ...stacking, ...(ctx.translation ? translationFrame : {}) });
}

/** The heading style of each tree heading level: h1 is the title. */
const HEADING_STYLES = { 1: 'Title', 2: 'Heading1', 3: 'Heading2' } as const;

/** The indent per nesting level of a list whose markers are printed in its text (twips: a quarter inch). */
const PRINTED_MARKER_INDENT = 360;

function list(node: List, ctx: DocxContext, level = node.depth ?? 0, instance = listInstance(node, ctx, level)): Paragraph[] {
  return node.items.flatMap((item) => [
    paragraph(ctx, {
      style: styleId(ctx, 'ListBody'),
      // Items that carry their printed marker ("(a)") are indented by level, without Word numbering.
      ...(node.printedMarkers
        ? { indent: { left: PRINTED_MARKER_INDENT * (level + 1) } }
        : { numbering: { reference: styleId(ctx, node.ordered ? 'ordered' : 'bullets'), level, instance } }),
      children: inlineRuns(item.children),
    }),
    ...(item.sublist ? list(item.sublist, ctx, level + 1, instance) : []),
  ]);
}

function listInstance(node: List, ctx: DocxContext, level: number): number {
  const key = `${ctx.theme.suffix}:${level}`;
  const continued = node.ordered && (node.start ?? 1) > 1 ? ctx.lists.open.get(key) : undefined;
  const instance = continued ?? ++ctx.lists.count;
  ctx.lists.open.set(key, instance);
  return instance;
}

const none = { style: BorderStyle.NIL, size: 0, color: 'auto' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cellNoBorders = { top: none, bottom: none, left: none, right: none };

const cellContext = (ctx: DocxContext, lang: string): DocxContext => ({ ...ctx, theme: docxThemeFor(lang) });

/** Page and margins in twentieths of a point: A4 with 25 mm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };

/** The margins above and below the body, in points (for measuring how full pages are). */
export const DOCX_BODY_MARGINS = { top: PAGE.margin / 20, bottom: PAGE.margin / 20 };

/** A pair of up to this many lines (in its longer column) is short: its row never splits across pages. */
const SHORT_PAIR_LINES = 4;

/** Whether a pair is short enough to keep on one page: moving it whole leaves at most a few lines blank. */
function isShortPair(node: Parallel, ctx: DocxContext): boolean {
  const columnPoints = (PAGE.width - 2 * PAGE.margin) / 20 / node.cells.length - PAIR_GAP / 20;
  return node.cells.every((cell) => estimateLines(cell.children, columnPoints / docxThemeFor(cell.lang).bodyPoints) <= SHORT_PAIR_LINES) || ctx.inTitle;
}

/** The space between the columns of a pair, in twentieths of a point. */
const PAIR_GAP = 170;

/**
 * A row of a parallel table: each language in its own cell, starting at the same height. A long
 * pair's row may break across pages, both columns continuing on the next ("allow row to break
 * across pages"); a short pair's row moves whole.
 */
function parallelRow(node: Parallel, ctx: DocxContext): TableRow {
  return new TableRow({
    cantSplit: isShortPair(node, ctx),
    children: node.cells.map(
      (cell) =>
        new TableCell({
          width: { size: 100 / node.cells.length, type: WidthType.PERCENTAGE },
          margins: { left: 0, right: PAIR_GAP, bottom: 60 },
          borders: cellNoBorders,
          // A table of contents belongs to the body, never to a cell.
          children: blocksParts(cell.children, cellContext(ctx, cell.lang)).filter((b): b is Paragraph | Table => !(b instanceof TableOfContents)),
        }),
    ),
  });
}

/** Interleaved (and title block): each language below the previous one, translations framed. */
function stackedPair(node: Parallel, ctx: DocxContext): DocxBlock[] {
  const last = node.cells.length - 1;
  return node.cells.flatMap((cell, i) =>
    blocksParts(cell.children, {
      ...cellContext(ctx, cell.lang),
      translation: i > 0 && !ctx.inTitle,
      stacked: ctx.inTitle ? (i === 0 ? 'first' : i === last ? 'last' : undefined) : undefined,
    }),
  );
}

/** One handler per node type. */
export const docxHandlers: Handlers = {
  titleBlock: (node, ctx) => [
    ...blocksParts(node.children, { ...ctx, inTitle: true }),
    ...(node.role === 'cover' ? [] : [new Paragraph({ style: styleId(ctx, 'TitleRule') })]),
  ],
  // The heading of the section that holds the table of contents takes Word's TOC Heading style (not in the navigation pane).
  section: (node, ctx) => blocksParts(node.children, { ...ctx, inContents: node.children.some((child) => child.type === 'contentsList') }),
  heading: (node, ctx) => [
    ctx.inContents
      ? paragraph(ctx, { style: styleId(ctx, 'TOCHeading'), children: inlineRuns(node.children) })
      : paragraph(ctx, { style: styleId(ctx, HEADING_STYLES[node.level]), children: inlineRuns(node.children) }),
  ],
  paragraph: (node, ctx) => [paragraph(ctx, { style: styleId(ctx, (node.role && roleStyles[node.role]) || 'BodyText'), children: inlineRuns(node.children) })],
  list: (node, ctx) => list(node, ctx),
  group: (node, ctx) => blocksParts(node.children, ctx),
  table: (node, ctx) => {
    const widths = columnPercents(node);
    const row = (cells: TreeCell[], header: boolean) =>
      new TableRow({
        tableHeader: header,
        cantSplit: true,
        children: cells.map((cell, i) => {
          const cellCtx = cell.lang ? cellContext(ctx, cell.lang) : ctx;
          return new TableCell({
            width: { size: widths[i]!, type: WidthType.PERCENTAGE },
            children: [paragraph(cellCtx, { style: styleId(cellCtx, header ? 'TableHeading' : 'TableText'), children: inlineRuns(cell.children) })],
          });
        }),
      });
    return [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        style: TABLE_STYLE, // borders and cell margins come from the table style
        rows: [row(node.header, true), ...node.rows.map((r) => row(r.cells, false))],
      }),
      new Paragraph({ children: [] }),
    ];
  },
  parallel: (node, ctx) =>
    ctx.layout === 'parallel' && !ctx.inTitle
      ? [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, rows: [parallelRow(node, ctx)] })]
      : stackedPair(node, ctx),
  // An empty paragraph that starts a page: a break run at the end of a full page (a cover) would
  // push its own paragraph to the next page and leave that page blank.
  pageBreak: () => [new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] })],
  // Word's own table of contents over the heading styles, its page numbers laid out at build time.
  contentsList: () => [new TableOfContents(undefined, { hyperlink: true, headingStyleRange: '1-1' })],
};

export function blockParts(node: Block, ctx: DocxContext): DocxBlock[] {
  return (docxHandlers[node.type] as (n: Block, c: DocxContext) => DocxBlock[])(node, ctx);
}

/** Parts of a run of blocks; consecutive parallel pairs share one table, one row per pair. */
function blocksParts(blocks: readonly Block[], ctx: DocxContext): DocxBlock[] {
  if (ctx.layout !== 'parallel' || ctx.inTitle) return blocks.flatMap((block) => blockParts(block, ctx));
  const parts: DocxBlock[] = [];
  let rows: TableRow[] = [];
  const flush = (): void => {
    if (rows.length) parts.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, rows }));
    rows = [];
  };
  for (const block of blocks) {
    if (block.type === 'parallel') rows.push(parallelRow(block, ctx));
    else {
      flush();
      parts.push(...blockParts(block, ctx));
    }
  }
  flush();
  return parts;
}

/** Footer "Page x of y" with live PAGE / NUMPAGES fields, wording from the tree. */
function pageFooter(label: string): Footer {
  const children = label.split(/(\{current\}|\{total\})/).flatMap((part) => {
    if (part === '{current}') return [new TextRun({ children: [PageNumber.CURRENT] })];
    if (part === '{total}') return [new TextRun({ children: [PageNumber.TOTAL_PAGES] })];
    return part ? [new TextRun(part)] : [];
  });
  return new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children })] });
}

/** Running header from the second page: the short title, and the handling marking when there is one. */
function runningHeader(tree: DocumentTree): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
        children: [new TextRun(tree.runningTitle), ...(tree.marking ? [new TextRun({ text: `\t${tree.marking}`, bold: true, color: '8B1A1A' })] : [])],
      }),
    ],
  });
}

export function docxDocument(tree: DocumentTree, paper: Paper = DEFAULT_PAPER): Document {
  const primary = docxThemeFor(tree.lang);
  const ctx: DocxContext = { theme: primary, primary, layout: tree.layout ?? 'parallel', inTitle: false, translation: false, lists: { count: 0, open: new Map() } };
  const themes = [...new Set([primary, ...treeLanguages(tree).map(docxThemeFor)])];
  const hasCover = componentIds(tree).includes('cover');
  const hasContents = tree.children.some((b) => b.type === 'section' && b.children.some((c) => c.type === 'contentsList'));
  const page = paperSize(paper);
  // 25 mm margins on A4, scaled to the paper.
  const [left, top, right, bottom] = scaleMargins(paper, [70.9, 70.9, 70.9, 70.9]).map(twips);
  return new Document({
    title: tree.title,
    subject: tree.subject,
    creator: tree.author,
    keywords: tree.keywords,
    lastModifiedBy: tree.author,
    // The contents' page numbers are laid out now, so the document opens with them filled in.
    ...(hasContents ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    styles: documentStyles(primary, themes),
    numbering: {
      config: themes.flatMap((theme) => [
        { reference: `bullets${styleSuffix(theme, primary)}`, levels: theme.bulletLevels },
        { reference: `ordered${styleSuffix(theme, primary)}`, levels: theme.orderedLevels },
      ]),
    },
    sections: [
      {
        properties: {
          titlePage: true, // the first page (title or cover) has no running header
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: { top: top!, bottom: bottom!, left: left!, right: right!, footer: 709 },
          },
        },
        headers: { default: runningHeader(tree), first: new Header({ children: [new Paragraph({})] }) },
        // A packet's cover has no page number.
        footers: { default: pageFooter(tree.pageLabel), first: hasCover ? new Footer({ children: [new Paragraph({})] }) : pageFooter(tree.pageLabel) },
        children: blocksParts(tree.children, ctx),
      },
    ],
  });
}

export async function writeDocx(tree: DocumentTree, paper: Paper = DEFAULT_PAPER): Promise<Buffer> {
  return finishDocxPackage(docxParts(docxDocument(tree, paper)), { date: timestampDate(tree), language: tree.languageTag, fonts: embeddedFaces(tree) });
}
