import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageBreak,
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
import { timestampDate, treeLanguages, type Block, type DocumentTree, type Inline, type Layout, type List, type Parallel, type TableCell as TreeCell } from '../../tree/types.js';
import { participantColumnPercents } from '../common/columns.js';
import { finishDocxPackage, TABLE_STYLE } from './package.js';
import { docxThemeFor, documentStyles, roleStyles, type DocxTheme } from './theme.js';

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
  /** Counts list instances so that every ordered list restarts at 1. */
  lists: { count: number };
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

const styleId = (ctx: DocxContext, id: string): string => id + ctx.theme.suffix;

const translationFrame = { border: { left: { style: BorderStyle.SINGLE, size: 12, color: '9AA6B2', space: 8 } }, indent: { left: 227 } };

/** A paragraph in the current language's style, framed when it is an interleaved translation. */
function paragraph(ctx: DocxContext, options: IParagraphOptions): Paragraph {
  // The line height is restated: LibreOffice drops a style's line spacing when a paragraph sets only before/after.
  const line = { line: ctx.theme.line, lineRule: LineRuleType.AUTO };
  const stacking = ctx.stacked === 'first' ? { spacing: { after: 40, ...line } } : ctx.stacked === 'last' ? { spacing: { before: 40, ...line } } : {};
  return new Paragraph({ ...options, ...stacking, ...(ctx.translation ? translationFrame : {}) });
}

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;
const HEADING_STYLES = { 1: 'Title', 2: 'Heading1', 3: 'Heading2' } as const;

/** The indent per nesting level of a list whose markers are printed in its text (twips: a quarter inch). */
const PRINTED_MARKER_INDENT = 360;

function list(node: List, ctx: DocxContext, level = node.depth ?? 0, instance = ++ctx.lists.count): Paragraph[] {
  return node.items.flatMap((item) => [
    paragraph(ctx, {
      style: styleId(ctx, 'ListBody'),
      // Items that carry their printed marker ("(a)") are indented by level, without Word numbering.
      ...(node.printedMarkers ? { indent: { left: PRINTED_MARKER_INDENT * (level + 1) } } : { numbering: { reference: node.ordered ? 'ordered' : 'bullets', level, instance } }),
      children: inlineRuns(item.children),
    }),
    ...(item.sublist ? list(item.sublist, ctx, level + 1, instance) : []),
  ]);
}

const none = { style: BorderStyle.NIL, size: 0, color: 'auto' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cellNoBorders = { top: none, bottom: none, left: none, right: none };

const cellContext = (ctx: DocxContext, lang: string): DocxContext => ({ ...ctx, theme: docxThemeFor(lang) });

/** A row of a parallel table: each language in its own cell, starting at the same height. */
function parallelRow(node: Parallel, ctx: DocxContext): TableRow {
  return new TableRow({
    cantSplit: true, // Word moves a pair that fits to the next page, and splits one longer than a page
    children: node.cells.map(
      (cell) =>
        new TableCell({
          width: { size: 100 / node.cells.length, type: WidthType.PERCENTAGE },
          margins: { left: 0, right: 170, bottom: 60 },
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
    ...(node.role === 'cover' ? [] : [new Paragraph({ style: 'TitleRule' + ctx.theme.suffix })]),
  ],
  section: (node, ctx) => blocksParts(node.children, { ...ctx, inContents: node.component === true && node.id === 'contents' }),
  heading: (node, ctx) => [
    ctx.inContents
      ? paragraph(ctx, { style: styleId(ctx, 'TOCHeading'), children: inlineRuns(node.children) })
      : ctx.theme === ctx.primary
      ? paragraph(ctx, { heading: HEADINGS[node.level], children: inlineRuns(node.children) })
      : paragraph(ctx, { style: styleId(ctx, HEADING_STYLES[node.level]), children: inlineRuns(node.children) }),
  ],
  paragraph: (node, ctx) => [paragraph(ctx, { style: styleId(ctx, (node.role && roleStyles[node.role]) || 'BodyText'), children: inlineRuns(node.children) })],
  list: (node, ctx) => list(node, ctx),
  group: (node, ctx) => blocksParts(node.children, ctx),
  table: (node, ctx) => {
    const widths = participantColumnPercents(node.header, (lang) => (lang ? docxThemeFor(lang) : ctx.theme).nameShare);
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
  // Print has no language switch: every language is printed.
  languageSwitch: () => [],
  pageBreak: () => [new Paragraph({ children: [new PageBreak()] })],
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

export function docxDocument(tree: DocumentTree): Document {
  const primary = docxThemeFor(tree.lang);
  const ctx: DocxContext = { theme: primary, primary, layout: tree.layout ?? 'parallel', inTitle: false, translation: false, lists: { count: 0 } };
  const hasContents = tree.children.some((b) => b.type === 'section' && b.children.some((c) => c.type === 'contentsList'));
  return new Document({
    title: tree.title,
    subject: tree.subject,
    creator: tree.author,
    keywords: tree.keywords,
    lastModifiedBy: tree.author,
    // The contents' page numbers are laid out now, so the document opens with them filled in.
    ...(hasContents ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    styles: documentStyles(primary, treeLanguages(tree).map(docxThemeFor)),
    numbering: {
      config: [
        { reference: 'bullets', levels: primary.bulletLevels },
        { reference: 'ordered', levels: primary.orderedLevels },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true, // the first page (title or cover) has no running header
          page: {
            // A4 with 25 mm margins.
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, footer: 709 },
          },
        },
        headers: { default: runningHeader(tree), first: new Header({ children: [new Paragraph({})] }) },
        footers: { default: pageFooter(tree.pageLabel), first: pageFooter(tree.pageLabel) },
        children: blocksParts(tree.children, ctx),
      },
    ],
  });
}

export async function writeDocx(tree: DocumentTree): Promise<Buffer> {
  return finishDocxPackage(await Packer.toBuffer(docxDocument(tree)), { date: timestampDate(tree), language: tree.languageTag });
}
