/**
 * The structure tree of a tagged PDF as pdf.js reads it (`page.getStructTree()`), with the text of
 * each element gathered from the marked content it points to (`getTextContent` with marked content).
 */
import { readFile } from 'node:fs/promises';
import { joinLines } from '../../src/writers/common/text.js';

export interface StructElement {
  role: string;
  lang?: string;
  /** Text of the element and its descendants, in structure order, lines joined as a reader would (joinLines). */
  text: string;
  children: StructElement[];
  /** The page (1-based) where pdf.js found the element. */
  page: number;
}

interface PdfJsNode {
  role?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: PdfJsNode[];
}

export interface TaggedPdf {
  /** Top-level elements (children of Document), page after page as pdf.js reports them. */
  elements: StructElement[];
  /** Text drawn outside any marked content with an MCID (must be empty), per page. */
  untagged: string[];
  /** Text marked as artifact (running header and footer), per page. */
  artifacts: string[];
}

/** Reads the structure of every page. pdf.js reports an element once per page it has content on. */
export async function readTaggedPdf(file: string): Promise<TaggedPdf> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const result: TaggedPdf = { elements: [], untagged: [], artifacts: [] };
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const byId = new Map<string, string>();
    const stack: { id?: string; tag?: string }[] = [];
    let untagged = '';
    let artifacts = '';
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'endMarkedContent') stack.pop();
        // pdf.js gives the tag of a marked-content sequence (Artifact, P …) but does not declare it.
        else stack.push({ id: item.id ?? undefined, tag: (item as { tag?: string }).tag });
        continue;
      }
      const open = [...stack].reverse().find((m) => m.id || m.tag === 'Artifact');
      const str = item.str + (item.hasEOL ? '\n' : '');
      if (open?.id) byId.set(open.id, (byId.get(open.id) ?? '') + str);
      else if (open?.tag === 'Artifact') artifacts += str;
      else untagged += str;
    }
    result.untagged.push(untagged.trim());
    result.artifacts.push(artifacts);
    const tree = (await page.getStructTree()) as PdfJsNode | null;
    const convert = (node: PdfJsNode): StructElement => {
      const children = (node.children ?? []).filter((c) => c.type !== 'content' && c.type !== 'object').map(convert);
      const own = (node.children ?? []).map((c) => (c.type === 'content' ? (byId.get(c.id!) ?? '') : '')).join('');
      return { role: node.role!, ...(node.lang ? { lang: node.lang } : {}), text: joinLines(own + children.map((c) => c.text).join('\n')), children, page: n };
    };
    const documentNode = tree?.children?.[0];
    if (documentNode) result.elements.push(...convert(documentNode).children);
  }
  return result;
}

/** Every element of a forest, depth first. */
export function allElements(elements: readonly StructElement[]): StructElement[] {
  return elements.flatMap((e) => [e, ...allElements(e.children)]);
}
