import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, DocumentTree, Inline, List } from '../../tree/types.js';
import { docxThemeFor, roleStyles, type DocxTheme } from './theme.js';

type DocxBlock = Paragraph | Table;

/** Writer state: theme, and a counter so that every ordered list restarts at 1. */
interface DocxContext {
  theme: DocxTheme;
  listInstances: number;
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

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

function list(node: List, ctx: DocxContext, level = 0, instance = ++ctx.listInstances): Paragraph[] {
  return node.items.flatMap((item) => [
    new Paragraph({
      style: 'ListBody',
      numbering: { reference: node.ordered ? 'ordered' : 'bullets', level, instance },
      children: inlineRuns(item.children),
    }),
    ...(item.sublist ? list(item.sublist, ctx, level + 1, instance) : []),
  ]);
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: 'AAAAAA' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** One handler per node type. */
export const docxHandlers: Handlers = {
  titleBlock: (node, ctx) => node.children.flatMap((child) => blockParts(child, ctx)),
  section: (node, ctx) => node.children.flatMap((child) => blockParts(child, ctx)),
  heading: (node) => [new Paragraph({ heading: HEADINGS[node.level], children: inlineRuns(node.children) })],
  paragraph: (node) => [new Paragraph({ style: (node.role && roleStyles[node.role]) || 'BodyText', children: inlineRuns(node.children) })],
  list: (node, ctx) => list(node, ctx),
  group: (node, ctx) => node.children.flatMap((child) => blockParts(child, ctx)),
  table: (node, ctx) => {
    const widths = [ctx.theme.nameColumnPercent, 100 - ctx.theme.nameColumnPercent];
    const row = (cells: Inline[][], header: boolean) =>
      new TableRow({
        tableHeader: header,
        cantSplit: true,
        children: cells.map(
          (cell, i) =>
            new TableCell({
              width: { size: widths[i] ?? 50, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ style: header ? 'TableHeading' : 'TableText', children: inlineRuns(cell) })],
            }),
        ),
      });
    return [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: { top: thin, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none },
        rows: [row(node.header, true), ...node.rows.map((r) => row(r.cells, false))],
      }),
      new Paragraph({ children: [] }),
    ];
  },
};

export function blockParts(node: Block, ctx: DocxContext): DocxBlock[] {
  return (docxHandlers[node.type] as (n: Block, c: DocxContext) => DocxBlock[])(node, ctx);
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

export function docxDocument(tree: DocumentTree, theme: DocxTheme = docxThemeFor(tree.lang)): Document {
  const ctx: DocxContext = { theme, listInstances: 0 };
  return new Document({
    title: tree.title,
    styles: theme.styles,
    numbering: {
      config: [
        { reference: 'bullets', levels: theme.bulletLevels },
        { reference: 'ordered', levels: theme.orderedLevels },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            // A4 with 25 mm margins.
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, footer: 709 },
          },
        },
        footers: { default: pageFooter(tree.pageLabel) },
        children: tree.children.flatMap((child) => blockParts(child, ctx)),
      },
    ],
  });
}

export function writeDocx(tree: DocumentTree, theme?: DocxTheme): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(tree, theme));
}
