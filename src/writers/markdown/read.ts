import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { compactText } from '../common/text.js';

/** Nodes whose text a reader sees as one run: escapes undone, markup gone. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The text a reader of a Markdown file sees, block by block (front matter, comments and anchors left out). */
export function markdownText(source: string): string {
  const tree = fromMarkdown(source, { extensions: [frontmatter(['yaml']), gfmTable()], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()] });
  const texts: string[] = [];
  const visit = (node: Nodes): void => {
    if (TEXT_BLOCKS.has(node.type)) texts.push(toString(node));
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return compactText(texts.join(' '));
}
