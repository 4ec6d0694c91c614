/**
 * Word files: mammoth turns styles and numbering into HTML (headings, <ul>/<ol> by numbering
 * level, <strong> for bold runs), which parse5 reads back into source blocks.
 */
import mammoth from 'mammoth';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { tidyLines, wrapInline } from '../rich-text.js';
import type { SourceBlock, SourceDocument, SourceItem } from '../source-document.js';

type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Mammoth's default map knows "Heading 1…6" but not the Title style that agreements often start with. */
const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

export async function readDocx(buffer: Buffer): Promise<SourceDocument> {
  const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap });
  return { blocks: parseFragment(html).childNodes.flatMap(toBlocks), nestingMayBeLost: false };
}

const isElement = (node: ChildNode): node is Element => 'tagName' in node;
const isList = (node: Element): boolean => node.tagName === 'ul' || node.tagName === 'ol';

function toBlocks(node: ChildNode): SourceBlock[] {
  if (!isElement(node)) return [];
  const heading = /^h([1-6])$/.exec(node.tagName);
  if (heading) return [{ kind: 'heading', level: Number(heading[1]), text: tidyLines(inline(node.childNodes)).join(' ') }];
  if (node.tagName === 'p') {
    const lines = tidyLines(inline(node.childNodes));
    return lines.length > 0 ? [{ kind: 'paragraph', lines }] : [];
  }
  if (isList(node)) return [{ kind: 'list', ordered: node.tagName === 'ol', items: listItems(node) }];
  // A participants list is often a table: each row becomes a line "name<TAB>position".
  if (node.tagName === 'table') {
    const lines = rows(node).map((cells) => cells.map((cell) => tidyLines(inline(cell.childNodes)).join(' ')).join('\t'));
    return lines.length > 0 ? [{ kind: 'paragraph', lines }] : [];
  }
  return node.childNodes.flatMap(toBlocks);
}

function listItems(list: Element): SourceItem[] {
  return list.childNodes.filter(isElement).map((li) => ({
    text: tidyLines(inline(li.childNodes.filter((child) => !(isElement(child) && isList(child))))).join(' '),
    items: li.childNodes.filter(isElement).filter(isList).flatMap(listItems),
  }));
}

function rows(table: Element): Element[][] {
  const found: Element[][] = [];
  const visit = (node: Element): void => {
    if (node.tagName === 'tr') found.push(node.childNodes.filter(isElement).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th'));
    else node.childNodes.filter(isElement).forEach(visit);
  };
  visit(table);
  return found;
}

function inline(nodes: readonly ChildNode[]): string {
  return nodes
    .map((node): string => {
      if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
      if (!isElement(node)) return '';
      if (node.tagName === 'br') return '\n';
      if (node.tagName === 'strong' || node.tagName === 'b') return wrapInline('strong', inline(node.childNodes));
      if (node.tagName === 'em' || node.tagName === 'i') return wrapInline('em', inline(node.childNodes));
      if (node.tagName === 'p') return `${inline(node.childNodes)}\n`; // paragraphs inside a list item or a cell
      if (node.tagName === 'img') return '';
      return inline(node.childNodes);
    })
    .join('');
}
