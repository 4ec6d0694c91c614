import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

type Node = DefaultTreeAdapterMap['node'];

/** Elements that run or load something, as no payload may make them appear. */
const ACTIVE = new Set(['script', 'img', 'svg', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form']);

/**
 * What in an HTML page could run a payload, as a browser parses it: event-handler attributes,
 * `javascript:` addresses, and active elements whose content names `alert` (our own scripts,
 * fonts and metadata do not) — plus every text node, to find the payload printed as text.
 */
export function readPage(html: string): { unsafe: string[]; texts: string[]; attributes: string[] } {
  const unsafe: string[] = [];
  const texts: string[] = [];
  const attributes: string[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      for (const { name, value } of node.attrs) {
        attributes.push(value);
        if (/^on/i.test(name)) unsafe.push(`<${node.tagName} ${name}>`);
        if (/^\s*javascript:/i.test(value)) unsafe.push(`<${node.tagName} ${name}="${value}">`);
      }
      const own = JSON.stringify(node.attrs) + ('childNodes' in node ? node.childNodes.map((c) => ('value' in c ? c.value : '')).join('') : '');
      if (ACTIVE.has(node.tagName) && own.includes('alert')) unsafe.push(`<${node.tagName}>`);
    }
    if (node.nodeName === '#text') texts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return { unsafe, texts, attributes };
}

/** The XML parts of a Word file that a strict XML parser refuses, with its reason. */
export function malformedParts(docx: Buffer): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(docx)))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    try {
      new SaxesParser({ xmlns: true }).write(strFromU8(bytes)).close();
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return problems;
}
