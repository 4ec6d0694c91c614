/**
 * Markdown (CommonMark with GFM tables) from the document tree, through mdast so that escaping is the
 * library's: headings, lists with their numbering, tables, strong and emphasis. A bilingual edition
 * interleaves its languages, each block preceded by an HTML comment naming its language. Markdown
 * has no pages: page breaks and the HTML language switch are left out.
 */
import type { BlockContent, ListItem as MdListItem, PhrasingContent, Root, RootContent, TableRow as MdTableRow } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Block, DocumentTree, Inline, List, TableCell } from '../../tree/types.js';

/** A comment a reader does not see, naming the language of what follows (`<!-- lang: zh-Hans -->`). */
const languageComment = (lang: string): RootContent => ({ type: 'html', value: `<!-- lang: ${lang} -->` });

/** An anchor that contents links point at (Markdown headings have no ids of their own). */
const anchor = (id: string): RootContent => ({ type: 'html', value: `<a id="${id}"></a>` });

function phrasing(nodes: readonly Inline[]): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    switch (node.type) {
      case 'text':
        return { type: 'text', value: node.value };
      case 'strong':
        return { type: 'strong', children: phrasing(node.children) };
      case 'emphasis':
        return { type: 'emphasis', children: phrasing(node.children) };
    }
  });
}

const paragraph = (children: readonly Inline[]): BlockContent => ({ type: 'paragraph', children: phrasing(children) });

/** A list, or for printed markers (the text starts with "(a)", "第一条") one paragraph per item. */
function list(node: List): RootContent[] {
  if (node.printedMarkers) return node.items.flatMap((item) => [paragraph(item.children), ...(item.sublist ? list(item.sublist) : [])]);
  const items = node.items.map(
    (item): MdListItem => ({ type: 'listItem', spread: false, children: [paragraph(item.children), ...(item.sublist ? (list(item.sublist) as BlockContent[]) : [])] }),
  );
  return [{ type: 'list', ordered: node.ordered, start: node.ordered ? (node.start ?? 1) : undefined, spread: false, children: items }];
}

const row = (cells: readonly TableCell[]): MdTableRow => ({ type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: phrasing(cell.children) })) });

function blocks(nodes: readonly Block[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    switch (node.type) {
      case 'heading':
        return [{ type: 'heading', depth: node.level, children: phrasing(node.children) }];
      case 'paragraph':
        return [paragraph(node.children)];
      case 'list':
        return list(node);
      case 'table': {
        const columns = Math.max(node.header.length, ...node.rows.map((r) => r.cells.length));
        // GFM tables always have a header row: a table without one gets empty headings.
        const header = node.header.length > 0 ? node.header : Array.from({ length: columns }, () => ({ children: [] }));
        return [{ type: 'table', children: [row(header), ...node.rows.map((r) => row(r.cells))] }];
      }
      case 'section':
        return [anchor(node.id), ...blocks(node.children)];
      case 'group':
      case 'titleBlock':
        return blocks(node.children);
      case 'parallel':
        return node.cells.flatMap((cell) => [languageComment(cell.lang), ...blocks(cell.children)]);
      case 'contentsList':
        return [
          {
            type: 'list',
            ordered: false,
            spread: false,
            children: node.entries.map((entry) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'link', url: `#${entry.target}`, children: phrasing(entry.children) }] }] })),
          },
        ];
      case 'pageBreak':
        return [];
    }
  });
}

/** YAML front matter that Pandoc and static-site tools read: title, language, date, author, subject, keywords. */
function frontMatter(tree: DocumentTree): RootContent {
  const fields = { title: tree.title, lang: tree.lang, date: tree.date, author: tree.author || undefined, subject: tree.subject, keywords: tree.keywords || undefined, marking: tree.marking };
  return { type: 'yaml', value: stringify(fields, { lineWidth: 0 }).trimEnd() };
}

export function writeMarkdown(tree: DocumentTree): string {
  const root: Root = { type: 'root', children: [frontMatter(tree), ...blocks(tree.children)] };
  return toMarkdown(root, { extensions: [frontmatterToMarkdown(['yaml']), gfmTableToMarkdown()], bullet: '-', emphasis: '*', strong: '*', rule: '-' });
}
