/**
 * XML for the exchange formats (XLIFF, TMX): read with saxes into a small tree that keeps each
 * element's line, write with xmlbuilder2. Files come back from other people's tools, so reading
 * is strict: no DOCTYPE (entity declarations could expand without bound), well-formed or refused.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { ContentError } from '../errors.js';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XmlElement {
  uri: string;
  local: string;
  /** Attributes without a namespace by local name; namespaced ones as `{uri}local`. */
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
  /** xml:space="preserve" is in force here (inherited). */
  preserve: boolean;
}
export type XmlNode = XmlElement | string;

/** Parses a whole document; every problem is a one-line ContentError (exit 2: the file is unusable). */
export function parseXml(text: string, displayName: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('doctype', () => {
    throw new ContentError(displayName, `${parser.line}:${parser.column}`, 'a DOCTYPE is not accepted (its entity declarations could expand without bound): export the file again without one', 2);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[a.uri ? `{${a.uri}}${a.local}` : a.local] = a.value;
    }
    const parent = stack.at(-1);
    const space = attrs[`{${XML_NS}}space`];
    const element: XmlElement = { uri: tag.uri, local: tag.local, attrs, children: [], line: parser.line, preserve: space ? space === 'preserve' : (parent?.preserve ?? false) };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (text: string): void => {
    const parent = stack.at(-1);
    if (parent) parent.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    throw new ContentError(displayName, `${parser.line}:${parser.column}`, `not well-formed XML (${error.message.replace(/^(?:.*?:)?\d+:\d+: /, '')}): is the file complete?`, 2);
  });
  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (!root) throw new ContentError(displayName, undefined, 'no XML element in the file: is it empty?', 2);
  return root;
}

export const elementsOf = (element: XmlElement, uri: string, local?: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.uri === uri && (local === undefined || c.local === local));

/** Every descendant (depth first) with this name. */
export function descendants(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.flatMap((c) => (typeof c === 'string' ? [] : [...(c.uri === uri && c.local === local ? [c] : []), ...descendants(c, uri, local)]));
}

/** The text content of an element, markup dropped. */
export const textOf = (element: XmlElement): string => element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/**
 * The document as text, indented where an element holds only elements. Text content (a source
 * with inline codes) is left exactly as built: indentation inside it would change the text.
 */
export function serializeXml(document: XMLBuilder): string {
  indentStructure(document.root().node as unknown as Element, 1);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${document.end({ headless: true })}\n`;
}

function indentStructure(element: Element, depth: number): void {
  const children = [...element.childNodes];
  const elements = children.filter((c): c is Element => c.nodeType === 1);
  if (elements.length === 0 || elements.length !== children.length) return;
  const document = element.ownerDocument;
  for (const child of elements) {
    element.insertBefore(document.createTextNode(`\n${'  '.repeat(depth)}`), child);
    indentStructure(child, depth + 1);
  }
  element.appendChild(document.createTextNode(`\n${'  '.repeat(depth - 1)}`));
}
