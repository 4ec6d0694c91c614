/**
 * Markdown (.md) and plain text (.txt) through the mdast parser. Plain text is read as Markdown
 * too: agreements sent as text use its conventions (blank lines between paragraphs, "- " bullets,
 * **bold**), and a real parser handles the corner cases a hand-written one would not.
 */
import type { List, ListItem, Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { tidyLines, wrapInline } from '../rich-text.js';
import type { SourceBlock, SourceDocument, SourceItem } from '../source-document.js';

/**
 * Indented lines are paragraphs in documents (Word indents them), not code; and raw HTML is text,
 * since only our own inline markup may reach the locales.
 */
const parserOptions = { extensions: [{ disable: { null: ['codeIndented', 'htmlFlow', 'htmlText'] } }] };

/** Bullets that word processors write when saving as text; Markdown needs "-". */
const GLYPH_BULLET = /^([ \t]*)[•◦▪‣●○■□·][ \t]+/gm;

export function readMarkdown(text: string, options: { plainText: boolean }): SourceDocument {
  const source = options.plainText ? text.replace(GLYPH_BULLET, '$1- ') : text;
  const root = fromMarkdown(source, parserOptions);
  return { blocks: root.children.flatMap(toBlocks), nestingMayBeLost: options.plainText };
}

function toBlocks(node: RootContent): SourceBlock[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', level: node.depth, text: tidyLines(phrasing(node.children)).join(' ') }];
    case 'paragraph':
      return paragraph(tidyLines(phrasing(node.children)));
    case 'list':
      return [{ kind: 'list', ordered: node.ordered === true, items: listItems(node) }];
    case 'blockquote':
      return node.children.flatMap(toBlocks);
    case 'code':
      return paragraph(tidyLines(node.value));
    default:
      return []; // thematic breaks, definitions: no text of the agreement
  }
}

const paragraph = (lines: string[]): SourceBlock[] => (lines.length > 0 ? [{ kind: 'paragraph', lines }] : []);

function listItems(list: List): SourceItem[] {
  return list.children.map((item: ListItem) => {
    const texts: string[] = [];
    const items: SourceItem[] = [];
    for (const child of item.children) {
      if (child.type === 'list') items.push(...listItems(child));
      else texts.push(...toBlocks(child).flatMap((block) => (block.kind === 'paragraph' ? block.lines : block.kind === 'heading' ? [block.text] : [])));
    }
    return { text: texts.join(' '), items };
  });
}

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
        case 'linkReference':
        case 'delete':
          return inline(node.children);
        default:
          return '';
      }
    })
    .join('');
}
