/** An HTML file's text read back with parse5 (not our writer's code). */
import { readFile } from 'node:fs/promises';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { squash, type ExtractedText } from '../common/text.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

export function findAll(node: Node, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) findAll(child, test, found);
  return found;
}

export const attribute = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

export async function htmlText(file: string): Promise<ExtractedText & { document: DefaultTreeAdapterMap['document'] }> {
  const document = parse(await readFile(file, 'utf8'));
  const body = findAll(document, (e) => e.tagName === 'body')[0]!;
  const bold = findAll(body, (e) => e.tagName === 'strong').map(textContent).join(' ');
  return { document, text: squash(textContent(body)), bold: squash(bold) };
}
