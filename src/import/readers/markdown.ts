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
  const root = fromMarkdown(source, parserOptions);
  const reader = new MarkdownReader(source);
  const blocks = root.children.flatMap((node) => reader.blocks(node));
  return { blocks, footnotes: reader.footnotes, nestingMayBeLost: options.plainText };
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
