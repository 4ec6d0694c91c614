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
  /** The mark the heading takes where it is repeated above a table continued on a later page: "(continued)", "（续）". */
  continued?: string;
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
  /** The number of an ordered list's first item, when it is not 1 (a bilingual pair holds one item of a list). */
  start?: number;
  /** Nesting level of a list shown apart from its parent list (bilingual editions pair each item). */
  depth?: number;
  /** Each item's text starts with its marker as the source prints it ("(a)", "1．"): writers draw none. */
  printedMarkers?: true;
}

/** A labelled run of blocks, such as "Raised by the Chinese team:" and its list. */
export interface Group {
  type: 'group';
  blockId?: string;
  children: Block[];
}

export interface TableCell {
  /** Set where a table carries several languages (bilingual participants). */
  lang?: string;
  children: Inline[];
}

export interface TableRow {
  /** data-person or data-block of the row, for tracing. */
  key?: string;
  cells: TableCell[];
}

export interface Table {
  type: 'table';
  role?: string;
  /**
   * Each column's share of the width in percent, as the template asks (`<col data-width>`: a
   * participants table gives the name 30 and the position 70 in each language); absent: even columns.
   */
  widths?: number[];
  header: TableCell[];
  rows: TableRow[];
}

/** One block in each language of a bilingual edition, shown side by side or one below the other. */
export interface Parallel {
  type: 'parallel';
  blockId?: string;
  cells: LanguageCell[];
}

export interface LanguageCell {
  /** BCP 47 tag (en, zh-Hans). */
  lang: string;
  children: Block[];
}

/** The reader's choice of languages in an HTML edition; other formats print every language. */
export interface LanguageChoice {
  label: string;
  /** Each choice, labelled in its own language (`lang`), so that it is set in that language's fonts. */
  options: { value: string; label: string; lang?: string }[];
}

export type Layout = 'parallel' | 'interleaved';

export interface TitleBlock {
  type: 'titleBlock';
  /** title-block (the agreement's heading) or cover (a packet's cover page). */
  role: string;
  children: Block[];
}

export interface Section {
  type: 'section';
  id: string;
  /** A packet component (cover, contents, summary, glossary) rather than a section of the agreement. */
  component?: boolean;
  children: Block[];
}

/** Later content starts on a new page (PDF, DOCX, print). */
export interface PageBreak {
  type: 'pageBreak';
}

/** A table of contents: one entry per target section, with page numbers where the format has pages. */
export interface ContentsList {
  type: 'contentsList';
  entries: { target: string; children: Inline[] }[];
}

export type Block = Heading | Paragraph | List | Group | Table | TitleBlock | Section | Parallel | PageBreak | ContentsList;

/** What a reader on screen (HTML) is offered beside the text; print formats have no use for it. */
export interface ReaderControls {
  /** The label of the link that skips to the text. */
  skipLabel: string;
  /** In an edition of several languages: showing one of them or all. */
  languageChoice?: LanguageChoice;
}

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
  /** How the languages of a bilingual edition are arranged; absent for one language. */
  layout?: Layout;
  /** Document properties: the organizers, the dialogue, topic tags, the agreement's date (ISO). */
  author: string;
  subject: string;
  keywords: string;
  /** Absent when the agreement states no date. */
  date?: string;
  /** A handling marking for running headers ("Off the record — not for attribution"). */
  marking?: string;
  reader: ReaderControls;
  children: Block[];
}

/**
 * The date files record as their creation time: the agreement's, or for an undated agreement a
 * fixed day (the DOS epoch zip tools use), so that builds stay reproducible; it is never printed.
 */
export const timestampDate = (tree: DocumentTree): string => tree.date ?? '1980-01-01';

/** Plain text of inline content. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : inlineText(n.children))).join('');
}

/** Ids of the agreement's sections (not packet components) in document order. */
export function sectionIds(tree: DocumentTree): string[] {
  return tree.children.flatMap((b) => (b.type === 'section' && !b.component ? [b.id] : []));
}

/** Ids of the packet components present, in document order. */
export function componentIds(tree: DocumentTree): string[] {
  return tree.children.flatMap((b) => (b.type === 'section' && b.component ? [b.id] : []));
}

/** Where a run of text sits, for choosing the face that renders it. */
export interface TextPlace {
  heading: boolean;
  strong: boolean;
  /** The template role of the paragraph holding the text (kicker, venue, group-label …). */
  role?: string;
  /** The language of the text (its cell in a bilingual edition, else the document's). */
  lang: string;
}

/** Calls `visit` with every text run of some blocks in `lang`, and its place. */
export function visitBlockText(nodes: readonly Block[], lang: string, visit: (text: string, place: TextPlace) => void): void {
  const inlines = (nodes: readonly Inline[], place: TextPlace): void => {
    for (const node of nodes) {
      if (node.type === 'text') visit(node.value, place);
      else inlines(node.children, node.type === 'strong' ? { ...place, strong: true } : place);
    }
  };
  const blocks = (nodes: readonly Block[], lang: string): void => {
    const plain: TextPlace = { heading: false, strong: false, lang };
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          inlines(node.children, { ...plain, heading: true, strong: true });
          break;
        case 'paragraph':
          inlines(node.children, { ...plain, role: node.role });
          break;
        case 'list':
          for (const item of node.items) {
            inlines(item.children, plain);
            if (item.sublist) blocks([item.sublist], lang);
          }
          break;
        case 'table':
          node.header.forEach((cell) => inlines(cell.children, { ...plain, lang: cell.lang ?? lang, heading: true, strong: true }));
          node.rows.forEach((row) => row.cells.forEach((cell) => inlines(cell.children, { ...plain, lang: cell.lang ?? lang })));
          break;
        case 'parallel':
          node.cells.forEach((cell) => blocks(cell.children, cell.lang));
          break;
        case 'contentsList':
          node.entries.forEach((entry) => inlines(entry.children, plain));
          break;
        case 'pageBreak':
          break;
        default:
          blocks(node.children, lang);
      }
    }
  };
  blocks(nodes, lang);
}

/** Calls `visit` with every text run of the tree (its title and reader controls first) and its place. */
export function visitText(tree: DocumentTree, visit: (text: string, place: TextPlace) => void): void {
  const plain: TextPlace = { heading: false, strong: false, lang: tree.lang };
  visit(tree.title, plain);
  visit(tree.reader.skipLabel, plain);
  const choice = tree.reader.languageChoice;
  if (choice) {
    visit(choice.label, plain);
    choice.options.forEach((option) => visit(option.label, { ...plain, lang: option.lang ?? tree.lang }));
  }
  visitBlockText(tree.children, tree.lang, visit);
}

/** Every language the tree holds text in: the document's, and those of bilingual cells. */
export function treeLanguages(tree: DocumentTree): string[] {
  const languages = new Set<string>();
  visitText(tree, (_text, place) => languages.add(place.lang));
  return [...languages];
}
