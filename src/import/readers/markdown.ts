/**
 * Markdown (.md) and plain text (.txt) through the mdast parser with the GFM table and footnote
 * extensions. Plain text is read as Markdown too: agreements sent as text use its conventions
 * (blank lines between paragraphs, "- " bullets, **bold**), and a real parser handles the corner
 * cases a hand-written one would not.
 */
import type { List, ListItem, Nodes, PhrasingContent, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { tidyLines, wrapInline } from '../rich-text.js';
import type { SourceBlock, SourceDocument, SourceItem } from '../source-document.js';
import { linkText } from './links.js';

/**
 * Indented lines are paragraphs in documents (Word indents them), not code; and raw HTML is text,
 * since only our own inline markup may reach the locales.
 */
const parserOptions = {
  extensions: [gfmTable(), gfmFootnote(), { disable: { null: ['codeIndented', 'htmlFlow', 'htmlText'] } }],
  mdastExtensions: [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()],
};

/** Bullets that word processors write when saving as text; Markdown needs "-". */
const GLYPH_BULLET = /^([ \t]*)[•◦▪‣●○■□·][ \t]+/gm;

export function readMarkdown(text: string, options: { plainText: boolean }): SourceDocument {
  const source = options.plainText ? text.replace(GLYPH_BULLET, '$1- ') : text;
  const footnotes: string[] = [];
  const blocks = independentParts(source).flatMap((part) => {
    const reader = new MarkdownReader(part);
    const found = fromMarkdown(part, parserOptions).children.flatMap((node) => reader.blocks(node));
    footnotes.push(...reader.footnotes);
    return found;
  });
  return { blocks, footnotes, nestingMayBeLost: options.plainText };
}

/** A line after a blank line that starts a new top-level block: not indented, not a list item or quote. */
const TOP_LEVEL_START = /\n[ \t]*\n(?![ \t]|[-*+>]|\d{1,9}[.)]|`{3,}|~{3,}|\n)/g;
const FENCE = /^(`{3,}|~{3,})/gm;
/** A link reference or footnote definition, which the whole document may refer to. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
/** Parts are about this long: each parse has a fixed cost, and the lazy-line copying stays within a part. */
const PART_LENGTH = 4 * 1024;

/**
 * The text cut where nothing can be open across the cut: before an unindented line that follows a
 * blank line and starts no list item, quote or code fence, outside fenced code. micromark closes a
 * list with a lazy line by copying every event of the document so far, which made a 1 MB file take
 * minutes; parts are parsed on their own, so the work grows with the length of the text. A text
 * with link or footnote definitions is parsed whole: its references may point anywhere in it.
 */
function independentParts(source: string): string[] {
  if (DEFINITION.test(source)) return [source];
  const fences = [...source.matchAll(FENCE)].map((m) => m.index);
  let fencesBefore = 0;
  const parts: string[] = [];
  let start = 0;
  for (const match of source.matchAll(TOP_LEVEL_START)) {
    const cut = match.index + match[0].length;
    while (fencesBefore < fences.length && fences[fencesBefore]! < cut) fencesBefore++;
    if (fencesBefore % 2 === 1 || cut - start < PART_LENGTH) continue; // inside fenced code, or a part still short
    parts.push(source.slice(start, cut));
    start = cut;
  }
  parts.push(source.slice(start));
  return parts;
}

class MarkdownReader {
  readonly footnotes: string[] = [];

  constructor(private readonly source: string) {}

  blocks(node: RootContent): SourceBlock[] {
    switch (node.type) {
      case 'heading':
        return [{ kind: 'heading', level: node.depth, text: tidyLines(phrasing(node.children)).join(' ') }];
      case 'paragraph':
        return paragraph(tidyLines(phrasing(node.children)));
      case 'list':
        return [{ kind: 'list', ordered: node.ordered === true, items: this.listItems(node) }];
      case 'table':
        return [table(node)];
      case 'blockquote':
        return node.children.flatMap((child) => this.blocks(child));
      case 'code':
        return paragraph(tidyLines(node.value));
      case 'footnoteDefinition':
        this.footnotes.push(`${footnoteMark(node.label ?? node.identifier)} ${node.children.flatMap((child) => this.blocks(child)).flatMap(linesOf).join(' ')}`);
        return [];
      default:
        return []; // thematic breaks, definitions: no text of the agreement
    }
  }

  /** Items of an ordered list keep their number as the file prints it ("3." stays "3.", not a renumbered 1). */
  private listItems(list: List): SourceItem[] {
    return list.children.map((item: ListItem) => {
      const texts: string[] = [];
      const items: SourceItem[] = [];
      for (const child of item.children) {
        if (child.type === 'list') items.push(...this.listItems(child));
        else texts.push(...this.blocks(child).flatMap(linesOf));
      }
      const text = texts.join(' ');
      return { text: list.ordered ? `${this.printedNumber(item)} ${text}` : text, items };
    });
  }

  private printedNumber(item: ListItem): string {
    const offset = item.position?.start.offset ?? 0;
    return /^\s*(\d{1,9}[.)])/.exec(this.source.slice(offset))?.[1] ?? '';
  }
}

const paragraph = (lines: string[]): SourceBlock[] => (lines.length > 0 ? [{ kind: 'paragraph', lines }] : []);

const linesOf = (block: SourceBlock): string[] => (block.kind === 'paragraph' ? block.lines : block.kind === 'heading' ? [block.text] : []);

function table(node: Table): SourceBlock {
  const rows = node.children.map((row) => row.children.map((cell) => tidyLines(phrasing(cell.children)).join(' ')));
  return { kind: 'table', rows, header: true };
}

/** "[^1]" in the text and at its note: "[1]". */
const footnoteMark = (label: string): string => `[${label}]`;

/**
 * CommonMark lets "**" close only where it is not squeezed between punctuation and a letter, which
 * rules out bold ending in Chinese punctuation ("**…措施，**从而"); the pairs it leaves as text
 * are bold as well.
 */
const phrasing = (nodes: readonly PhrasingContent[]): string =>
  inline(nodes).replace(/\*\*([^*<>\n]+?)\*\*/g, (_, inner: string) => wrapInline('strong', inner));

/** Inline content in the locale markup; hard line breaks become line ends. */
function inline(nodes: readonly (PhrasingContent | Nodes)[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
        case 'html':
          return node.value;
        case 'strong':
          return wrapInline('strong', inline(node.children));
        case 'emphasis':
          return wrapInline('em', inline(node.children));
        case 'break':
          return '\n';
        case 'link':
          return linkText(inline(node.children), node.url);
        case 'linkReference':
        case 'delete':
          return inline(node.children);
        case 'footnoteReference':
          return footnoteMark(node.label ?? node.identifier);
        default:
          return '';
      }
    })
    .join('');
}
