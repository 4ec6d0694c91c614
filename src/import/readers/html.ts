/**
 * HTML, parsed by parse5, into the intermediate document: headings, paragraphs, lists (their
 * numbering as a browser prints it), tables (a <th> row is a header) and inline emphasis. Word
 * files arrive here too, as the HTML mammoth makes of them.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { tidyLines, wrapInline } from '../rich-text.js';
import type { SourceBlock, SourceDocument, SourceItem } from '../source-document.js';
import { linkText } from './links.js';

type ChildNode = DefaultTreeAdapterMap['childNode'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlOptions {
  /**
   * Print the numbers of ordered lists from <ol type start> as a browser does. Off for Word files:
   * mammoth writes every numbered list as a plain <ol>, whatever the numbering looks like in Word.
   */
  printNumbers: boolean;
}

/** Elements whose content is no text of the document. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'img', 'svg', 'button', 'form']);
const BLOCK_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'body', 'html', 'blockquote', 'figure', 'center']);

export function readHtml(html: string, options: HtmlOptions): SourceDocument {
  const document = parse(html);
  const reader = new HtmlReader(options);
  const title = findElement(document, 'title');
  const metadataTitle = title ? tidyLines(textContent(title)).join(' ') : '';
  const blocks = reader.blocks(document);
  return { blocks, footnotes: reader.footnotes, ...(metadataTitle ? { metadataTitle } : {}), nestingMayBeLost: false };
}

const isElement = (node: ChildNode | ParentNode): node is Element => 'tagName' in node;
const isList = (node: Element): boolean => node.tagName === 'ul' || node.tagName === 'ol';
const isFootnoteList = (element: Element): boolean =>
  isList(element) && element.childNodes.filter(isElement).every((li) => /^(?:foot|end)note-\d+$/.test(attribute(li, 'id') ?? ''));
const attribute = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

class HtmlReader {
  readonly footnotes: string[] = [];

  constructor(private readonly options: HtmlOptions) {}

  blocks(parent: ParentNode): SourceBlock[] {
    const blocks: SourceBlock[] = [];
    let loose: ChildNode[] = []; // text and inline elements straight inside a container
    const flush = (): void => {
      const lines = tidyLines(inline(loose));
      if (lines.length > 0) blocks.push({ kind: 'paragraph', lines });
      loose = [];
    };
    for (const node of parent.childNodes) {
      if (!isElement(node) || !this.isBlock(node)) {
        loose.push(node);
        continue;
      }
      flush();
      blocks.push(...this.block(node));
    }
    flush();
    return blocks;
  }

  private isBlock(element: Element): boolean {
    return SKIPPED.has(element.tagName) || BLOCK_CONTAINERS.has(element.tagName) || /^(?:h[1-6]|p|ul|ol|table|dl|pre|li|hr)$/.test(element.tagName);
  }

  private block(element: Element): SourceBlock[] {
    if (SKIPPED.has(element.tagName) || element.tagName === 'hr') return [];
    const heading = /^h([1-6])$/.exec(element.tagName);
    if (heading) {
      const text = tidyLines(inline(element.childNodes)).join(' ');
      return text ? [{ kind: 'heading', level: Number(heading[1]), text }] : [];
    }
    if (element.tagName === 'p' || element.tagName === 'pre') {
      const lines = tidyLines(inline(element.childNodes));
      return lines.length > 0 ? [{ kind: 'paragraph', lines }] : [];
    }
    if (isFootnoteList(element)) {
      // mammoth's notes: <li id="footnote-1"><p>Text <a href="#footnote-ref-1">↑</a></p></li>, referred to as "[1]".
      const notes = element.childNodes.filter(isElement).filter((li) => li.tagName === 'li');
      notes.forEach((li, i) => this.footnotes.push(`[${i + 1}] ${tidyLines(inline(li.childNodes)).join(' ').replace(/\s*↑$/, '')}`));
      return [];
    }
    if (isList(element)) return [{ kind: 'list', ordered: element.tagName === 'ol', items: this.listItems(element) }];
    if (element.tagName === 'table') return table(element);
    return this.blocks(element);
  }

  private listItems(list: Element): SourceItem[] {
    const numbered = list.tagName === 'ol' && this.options.printNumbers;
    const start = Number(attribute(list, 'start') ?? '1') || 1;
    return list.childNodes
      .filter(isElement)
      .filter((li) => li.tagName === 'li')
      .map((li, i) => {
        const text = tidyLines(inline(li.childNodes.filter((child) => !(isElement(child) && isList(child))))).join(' ');
        return {
          text: numbered ? `${listNumber(start + i, attribute(list, 'type') ?? '1')} ${text}` : text,
          items: li.childNodes.filter(isElement).filter(isList).flatMap((sub) => this.listItems(sub)),
        };
      });
  }
}

const ROMAN_DIGITS: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** The number a browser prints for <ol type>: 1., a., A., i., I. */
function listNumber(n: number, type: string): string {
  const roman = (value: number): string => {
    let text = '';
    for (const [size, digits] of ROMAN_DIGITS) {
      for (; value >= size; value -= size) text += digits;
    }
    return text;
  };
  const letters = (value: number): string => (value > 26 ? letters(Math.floor((value - 1) / 26)) : '') + String.fromCharCode(97 + ((value - 1) % 26));
  const printed = { a: letters(n), A: letters(n).toUpperCase(), i: roman(n), I: roman(n).toUpperCase() }[type] ?? String(n);
  return `${printed}.`;
}

function table(element: Element): SourceBlock[] {
  const rows: Element[] = [];
  const visit = (node: Element): void => {
    if (node.tagName === 'tr') rows.push(node);
    else if (node.tagName !== 'table' || node === element) node.childNodes.filter(isElement).forEach(visit);
  };
  visit(element);
  const cells = (row: Element): Element[] => row.childNodes.filter(isElement).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th');
  const texts = rows.map((row) => cells(row).map((cell) => tidyLines(inline(cell.childNodes)).join(' '))).filter((row) => row.some((cell) => cell !== ''));
  if (texts.length === 0) return [];
  const first = rows[0] && cells(rows[0]);
  const header = first !== undefined && first.length > 0 && first.every((cell) => cell.tagName === 'th');
  return [{ kind: 'table', rows: texts, header }];
}

function findElement(node: ParentNode, tagName: string): Element | undefined {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

const textContent = (node: ParentNode): string =>
  node.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterMap['textNode']).value : isElement(child) ? textContent(child) : '')).join('');

function inline(nodes: readonly ChildNode[]): string {
  return nodes
    .map((node): string => {
      if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s*\n\s*/g, ' ');
      if (!isElement(node) || SKIPPED.has(node.tagName)) return '';
      if (node.tagName === 'br') return '\n';
      if (node.tagName === 'strong' || node.tagName === 'b') return wrapInline('strong', inline(node.childNodes));
      if (node.tagName === 'em' || node.tagName === 'i') return wrapInline('em', inline(node.childNodes));
      if (node.tagName === 'a') return linkText(inline(node.childNodes), attribute(node, 'href'));
      if (node.tagName === 'p' || node.tagName === 'div') return `${inline(node.childNodes)}\n`; // paragraphs inside a list item or a cell
      return inline(node.childNodes);
    })
    .join('');
}
