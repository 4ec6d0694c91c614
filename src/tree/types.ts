/**
 * The typed document tree: the only thing writers read. Block nodes keep the id of the
 * source block they came from (blockId), so every format can be traced back to data/.
 */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] };

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  children: Inline[];
}

export interface Paragraph {
  type: 'paragraph';
  blockId?: string;
  /** Presentation role from the template (class attribute): kicker, dates, venue, group-label … */
  role?: string;
  children: Inline[];
}

export interface ListItem {
  type: 'listItem';
  blockId?: string;
  children: Inline[];
  sublist?: List;
}

export interface List {
  type: 'list';
  ordered: boolean;
  blockId?: string;
  items: ListItem[];
}

/** A labelled run of blocks, such as "Raised by the Chinese team:" and its list. */
export interface Group {
  type: 'group';
  blockId?: string;
  children: Block[];
}

export interface TableRow {
  /** data-person or data-block of the row, for tracing. */
  key?: string;
  cells: Inline[][];
}

export interface Table {
  type: 'table';
  role?: string;
  header: Inline[][];
  rows: TableRow[];
}

export interface TitleBlock {
  type: 'titleBlock';
  children: Block[];
}

export interface Section {
  type: 'section';
  id: string;
  children: Block[];
}

export type Block = Heading | Paragraph | List | Group | Table | TitleBlock | Section;

export interface DocumentTree {
  type: 'document';
  /** BCP 47 tag for HTML (en, zh-Hans). */
  lang: string;
  /** BCP 47 tag for PDF /Lang and Word (en-US, zh-CN). */
  languageTag: string;
  title: string;
  runningTitle: string;
  /** Footer page label with {current} and {total} placeholders. */
  pageLabel: string;
  children: Block[];
}

/** Plain text of inline content. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : inlineText(n.children))).join('');
}

/** Section ids in document order. */
export function sectionIds(tree: DocumentTree): string[] {
  return tree.children.flatMap((b) => (b.type === 'section' ? [b.id] : []));
}

/** Where a run of text sits, for choosing the face that renders it. */
export interface TextPlace {
  heading: boolean;
  strong: boolean;
  /** The template role of the paragraph holding the text (kicker, venue, group-label …). */
  role?: string;
}

/** Calls `visit` with every text run of the tree and its place. */
export function visitText(tree: DocumentTree, visit: (text: string, place: TextPlace) => void): void {
  const inlines = (nodes: readonly Inline[], place: TextPlace): void => {
    for (const node of nodes) {
      if (node.type === 'text') visit(node.value, place);
      else inlines(node.children, node.type === 'strong' ? { ...place, strong: true } : place);
    }
  };
  const plain: TextPlace = { heading: false, strong: false };
  const blocks = (nodes: readonly Block[]): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          inlines(node.children, { heading: true, strong: true });
          break;
        case 'paragraph':
          inlines(node.children, { ...plain, role: node.role });
          break;
        case 'list':
          for (const item of node.items) {
            inlines(item.children, plain);
            if (item.sublist) blocks([item.sublist]);
          }
          break;
        case 'table':
          node.header.forEach((cell) => inlines(cell, { heading: true, strong: true }));
          node.rows.forEach((row) => row.cells.forEach((cell) => inlines(cell, plain)));
          break;
        default:
          blocks(node.children);
      }
    }
  };
  visit(tree.title, plain);
  blocks(tree.children);
}
