/**
 * Tagged PDF (PDF/UA-1) from pdfmake output: the one module that knows how.
 *
 * pdfmake lays pages out and draws them through pdfkit, which has the structure API (marked content,
 * structure elements, parent tree), but pdfmake never opens marked content. So:
 *
 * 1. The document definition says what each node is: `tagged('P', node)`, `tagged('TD', node, { lang })`
 *    put a `tag` on pdfmake nodes (declarative; document.ts decides, this module never guesses).
 *    Untagged containers are transparent; untagged text belongs to the nearest text-holding element
 *    (P, H1–H3, Lbl, Link, TH, TD) or else becomes a P of its own.
 * 2. `planStructure` turns the annotated definition into a structure plan (elements in reading order:
 *    a bilingual pair is its English block, then its Chinese one) and stamps every text run with
 *    the element it belongs to (`STAMP`). pdfmake copies every own property of a text run onto the
 *    words it measures and lays out, so the stamp reaches the rendered lines.
 * 3. Three pdfmake methods are wrapped (`installTagging`, idempotent):
 *    - `Renderer.renderPages` creates the pdfkit structure elements of the plan, in plan order, before
 *      the first page is drawn, and hangs them under a Document element;
 *    - `Renderer.renderLine` / `renderVector` wrap each drawn line or vector in marked content: a
 *      stamped line becomes content (an MCID) of its element; everything else (running header and
 *      footer, rules, borders, a table heading repeated on a later page) is an Artifact;
 *    - `DocMeasure.buildOrderedMarker` / `buildUnorderedMarker` stamp list markers as the item's Lbl.
 *    Link annotations drawn inside a Link element become its children (OBJR).
 * `tests/writers/pdf-tagging.test.ts` renders a small definition and reads the tree back with
 * pdf.js: it fails if a pdfmake upgrade renames or reshapes what is wrapped here.
 */
import { createRequire } from 'node:module';
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { BULLETS } from '../../languages/list-marks.js';
import type { BulletMark, OrderedMark } from '../../languages/index.js';
import { xmlText } from '../common/xml.js';

/** The values of a list's ListNumbering attribute (ISO 32000-1, table 348). */
type ListNumbering = 'None' | 'Disc' | 'Circle' | 'Square' | 'Decimal' | 'LowerAlpha' | 'LowerRoman';

/**
 * The ListNumbering of each mark the writer draws (list-marks.ts; pdfmake's list `type`): a bullet
 * list by its shape, an ordered list by its numerals — （1） is decimal, a. lower alpha. A list of
 * items that print their own markers (`type: 'none'`) has none.
 */
const LIST_NUMBERING: Record<BulletMark['shape'] | OrderedMark['format'] | 'none', ListNumbering> = {
  disc: 'Disc',
  circle: 'Circle',
  square: 'Square',
  decimal: 'Decimal',
  'lower-alpha': 'LowerAlpha',
  'lower-roman': 'LowerRoman',
  none: 'None',
};

/** The structure types the writer uses (ISO 32000-1, 14.8.4). */
export type StructType =
  | 'Document'
  | 'Sect'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'TOC'
  | 'TOCI'
  | 'Link';

export interface Tag {
  type: StructType;
  /** BCP 47 language of the element, when it differs from the document's. */
  lang?: string;
}

/** The definition key holding a node's tag. */
const TAG = 'tag';
/** The key stamped on text runs, list markers and their layout copies: the element they belong to. */
const STAMP = '_struct';

/** The key of a text run drawn only where its line is drawn again (a table's repeated header rows). */
const REPEATED_ONLY = '_whenRepeated';

/**
 * A text run drawn only in a repetition of its line: pdfmake repeats a table's header rows on every
 * page the table continues on, as a copy of the first page's lines, so a "(continued)" mark in a
 * header row shows there and not on the first page (where its width is left blank, at the line's end).
 */
export function whenRepeated(run: { text: string }): ContentText {
  return { ...run, [REPEATED_ONLY]: true } as ContentText;
}

/** Gives a pdfmake node a structure type (and language). */
export function tagged(type: StructType, node: Content, options: { lang?: string } = {}): Content {
  return { ...(node as object), [TAG]: { type, ...(options.lang ? { lang: options.lang } : {}) } } as unknown as Content;
}

/** One element of the plan; `element` is its pdfkit counterpart while the document is drawn. */
interface PlanNode {
  type: StructType;
  lang?: string;
  /** ActualText: the bullet of an unordered list's label, drawn as a shape. */
  actual?: string;
  /** Table header cells head their column. */
  scope?: 'Column';
  /** A list's numbering (its Lbl), as the List attribute owner names it. */
  listNumbering?: ListNumbering;
  /** A holder whose children belong to its parent (a table caption moved before its table). */
  transparent?: boolean;
  children: PlanNode[];
  /** Whether any text (or a list marker) is stamped with this node or a descendant. */
  used: boolean;
  plan: Plan;
  parent?: PlanNode;
  element?: PdfStructureElement;
}

interface Plan {
  root: PlanNode;
  standard: PdfStandard;
  /** Stamped runs already drawn: one drawn again is a repeated table heading, an artifact. */
  drawn: WeakSet<object>;
}

/** Types whose element holds text directly; other elements get a P for untagged text. */
const TEXT_HOLDERS: ReadonlySet<StructType> = new Set(['P', 'H1', 'H2', 'H3', 'Lbl', 'Link', 'TH', 'TD']);

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

function child(parent: PlanNode, type: StructType, extra: Partial<PlanNode> = {}): PlanNode {
  const node: PlanNode = { type, children: [], used: false, plan: parent.plan, parent, ...extra };
  parent.children.push(node);
  return node;
}

function markUsed(node: PlanNode | undefined): void {
  for (let n = node; n && !n.used; n = n.parent) n.used = true;
}

/** The language an element must state: only one that differs from the document's (by primary subtag). */
function ownLanguage(lang: string | undefined, documentLang: string): string | undefined {
  if (!lang) return undefined;
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  return primary(lang) === primary(documentLang) ? undefined : lang;
}

/**
 * Copies the definition's content with every text run stamped, and returns the plan of its
 * structure tree. The definition passed in is not changed.
 */
function planStructure(definition: TDocumentDefinitions, standard: PdfStandard): { definition: TDocumentDefinitions; plan: Plan } {
  const documentLang = definition.language ?? 'en';
  const plan = { drawn: new WeakSet<object>(), standard } as Plan;
  plan.root = { type: 'Document', lang: documentLang, children: [], used: false, plan };

  const elementFor = (node: Node, parent: PlanNode): PlanNode => {
    const tag = node[TAG] as Tag | undefined;
    return tag ? child(parent, tag.type, { lang: ownLanguage(tag.lang, documentLang) }) : parent;
  };

  const stampRuns = (text: unknown, owner: PlanNode): unknown[] => {
    const runs = Array.isArray(text) ? text : [text];
    return runs.map((run) => {
      const object: Node = isNode(run) ? { ...run } : { text: run };
      if (isNode(object.text) || Array.isArray(object.text)) object.text = stampRuns(object.text, owner);
      if (object.text !== '' || object.pageReference) markUsed(owner);
      return { ...object, [STAMP]: owner };
    });
  };

  const visit = (content: unknown, parent: PlanNode): unknown => {
    if (Array.isArray(content)) return content.map((c) => visit(c, parent));
    if (!isNode(content)) return content === undefined || content === null ? content : visit({ text: content }, parent);
    const node = content;
    const own = elementFor(node, parent);
    if ('text' in node || 'pageReference' in node) {
      const owner = TEXT_HOLDERS.has(own.type) ? own : child(own, 'P');
      // A page reference is moved into a run, where pdfmake keeps the run's properties.
      const { pageReference, ...rest } = node;
      const text = pageReference ? [{ pageReference }] : node.text;
      return { ...rest, text: stampRuns(text, owner) };
    }
    if ('stack' in node) return { ...node, stack: visit(node.stack, own) };
    if ('columns' in node) return { ...node, columns: visit(node.columns, own) };
    if ('ul' in node || 'ol' in node) {
      const key = 'ul' in node ? 'ul' : 'ol';
      // A list names the mark its level draws (•, ◦, ▪; 1., a), i.) in its numbering, a bullet in its label's text too.
      const bullet = BULLETS.find((mark) => mark.shape === node.type) ?? BULLETS[0]!;
      const drawn = typeof node.type === 'string' && node.type in LIST_NUMBERING ? (node.type as keyof typeof LIST_NUMBERING) : key === 'ul' ? bullet.shape : 'decimal';
      if (own.type === 'L') own.listNumbering = LIST_NUMBERING[drawn];
      const items = (node[key] as unknown[]).map((item) => {
        const li = child(own, 'LI');
        const label = child(li, 'Lbl', key === 'ul' ? { actual: bullet.char } : {});
        const body = visit(isNode(item) ? item : { text: item }, child(li, 'LBody')) as Node;
        return { ...body, [LABEL]: label };
      });
      return { ...node, [key]: items };
    }
    if (isNode(node.table)) return { ...node, table: visitTable(node.table, own) };
    return node;
  };

  const visitTable = (table: Node, own: PlanNode): Node => {
    const headerRows = typeof table.headerRows === 'number' ? table.headerRows : 0;
    const body = (table.body as unknown[][]).map((row, r) => {
      // A data table's rows are TR (TOCI in contents); a layout table's cells are transparent.
      const rowType = own.type === 'Table' ? 'TR' : own.type === 'TOC' ? 'TOCI' : undefined;
      const holder = rowType ? child(own, rowType) : own;
      return row.map((cell) => {
        if (!isNode(cell) || Object.keys(cell).length === 0) return cell; // colSpan filler
        const tag = cell[TAG] as Tag | undefined;
        if (rowType !== 'TR' || tag) {
          // A cell tagged other than TH/TD (a caption heading) stands before the table.
          const outside = tag && rowType === 'TR' && tag.type !== 'TH' && tag.type !== 'TD';
          return visit(cell, outside ? hoistBefore(own) : holder);
        }
        const header = r < headerRows;
        return visit({ ...cell, [TAG]: { type: header ? 'TH' : 'TD', lang: (cell[TAG] as Tag | undefined)?.lang } }, holder);
      });
    });
    return { ...table, body };
  };

  const content = visit(definition.content, plan.root) as Content;
  setHeaderScopes(plan.root);
  return { definition: { ...definition, content }, plan };
}

/**
 * The standards a PDF can claim. Every PDF is tagged and identifies itself as PDF/UA-1;
 * `pdfa-2u` (archival copies) also claims PDF/A-2u: sRGB output intent, XMP identification.
 */
export const PDF_STANDARDS = ['pdfua-1', 'pdfa-2u'] as const;
export type PdfStandard = (typeof PDF_STANDARDS)[number];

/** The definition to render: its text stamped for tagging, and the PDF settings the standard asks for. */
export function taggedDefinition(definition: TDocumentDefinitions, standard: PdfStandard = 'pdfua-1'): TDocumentDefinitions {
  installTagging();
  const planned = planStructure(definition, standard).definition;
  // pdfkit writes XMP metadata from PDF 1.4 on; PDF/UA-1 and PDF/A-2 are both based on PDF 1.7.
  // pdfkit knows PDF/A-2 only with conformance a or b: u is set when the document is drawn (see renderPages).
  return { ...planned, version: '1.7', tagged: true, displayTitle: true, subset: standard === 'pdfa-2u' ? 'PDF/A-2b' : 'PDF/UA' };
}

/** PDF/UA-1 identification (ISO 14289-1, 5) for a document whose pdfkit subset is PDF/A. */
const PDFUA_XMP = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>`;

const xmpDate = (date: Date): string => `${date.toISOString().split('.')[0]}Z`;

/**
 * The document properties as XMP, replacing pdfkit's `_addInfo`, which writes them unescaped (an
 * organizer named "… Innovation & Development …" made the XMP packet malformed) and leaves out the
 * modification date that PDF/A wants to match the Info dictionary's.
 */
function xmpInfo(info: Record<string, string | Date | undefined>): string {
  const text = (key: string) => xmlText(String(info[key] ?? ''));
  const alt = (tag: string, key: string) => (info[key] ? `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${text(key)}</rdf:li></rdf:Alt></${tag}>` : '');
  return `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${xmpDate(info.CreationDate as Date)}</xmp:CreateDate>
            ${info.ModDate ? `<xmp:ModifyDate>${xmpDate(info.ModDate as Date)}</xmp:ModifyDate>` : ''}
            <xmp:CreatorTool>${text('Creator')}</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            ${alt('dc:title', 'Title')}
            ${info.Author ? `<dc:creator><rdf:Seq><rdf:li>${text('Author')}</rdf:li></rdf:Seq></dc:creator>` : ''}
            ${alt('dc:description', 'Subject')}
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${text('Producer')}</pdf:Producer>
            ${info.Keywords ? `<pdf:Keywords>${text('Keywords')}</pdf:Keywords>` : ''}
        </rdf:Description>`;
}

/** Key on a list item node: the Lbl its marker belongs to. */
const LABEL = '_structLabel';

/** A transparent holder placed just before `table` in its parent: a caption heading goes there. */
function hoistBefore(table: PlanNode): PlanNode {
  const parent = table.parent!;
  const holder: PlanNode = { type: 'Div', transparent: true, children: [], used: false, plan: table.plan, parent };
  parent.children.splice(parent.children.indexOf(table), 0, holder);
  return holder;
}

function setHeaderScopes(node: PlanNode): void {
  if (node.type === 'TH') node.scope = 'Column';
  node.children.forEach(setHeaderScopes);
}

// ---- Rendering: the wrapped pdfmake methods -------------------------------------------------

/** The part of pdfkit's structure API used here (pdfkit has no type declarations). */
interface PdfStructureElement {
  /** The element's dictionary, for attributes pdfkit has no option for. */
  dictionary: { data: Record<string, unknown> };
  add(child: unknown): PdfStructureElement;
  end(): void;
}
interface PdfKitDocument {
  struct(type: string, options?: Record<string, unknown>): PdfStructureElement;
  addStructure(element: PdfStructureElement): PdfKitDocument;
  markContent(tag: string, options?: Record<string, unknown>): PdfKitDocument;
  appendXML(xml: string): void;
  subset_conformance?: string;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  endMarkedContent(): PdfKitDocument;
  annotate(...args: unknown[]): PdfKitDocument;
  addPage(...args: unknown[]): PdfKitDocument;
  info: Record<string, string | Date | undefined>;
  _addInfo(): void;
  options: { tagged?: boolean };
}
interface Inline {
  [STAMP]?: PlanNode;
  [REPEATED_ONLY]?: true;
}
interface LayoutLine {
  inlines: Inline[];
}
interface PageItem {
  type: string;
  item: { inlines?: Inline[]; [STAMP]?: PlanNode };
}
interface RendererLike {
  pdfDocument: PdfKitDocument;
  renderPages(pages: { items: PageItem[] }[]): void;
  renderLine(line: LayoutLine, x: number, y: number): void;
  renderVector(vector: { [STAMP]?: PlanNode }): void;
}
interface Marker {
  canvas?: { [STAMP]?: PlanNode }[];
  _inlines?: Inline[];
}

const require = createRequire(import.meta.url);

/** What is being drawn: the plan, the marked-content sequence left open for the next line of the same element. */
interface DrawState {
  plan: Plan;
  open?: { node: PlanNode; content: unknown };
}

/** The documents being drawn, by their pdfkit document. */
const active = new WeakMap<PdfKitDocument, DrawState>();

function instantiate(doc: PdfKitDocument, node: PlanNode): PdfStructureElement {
  const options = { ...(node.lang ? { lang: node.lang } : {}), ...(node.actual ? { actual: node.actual } : {}), ...(node.scope ? { scope: node.scope } : {}) };
  node.element = doc.struct(node.type, options);
  if (node.listNumbering) node.element.dictionary.data.A = { O: 'List', ListNumbering: node.listNumbering };
  addChildren(doc, node, node.element);
  return node.element;
}

/** Adds the elements of the used children of `node`, in plan order, to `element`. */
function addChildren(doc: PdfKitDocument, node: PlanNode, element: PdfStructureElement): void {
  for (const c of node.children) {
    if (!c.used) continue;
    if (c.transparent) addChildren(doc, c, element);
    else element.add(instantiate(doc, c));
  }
}

/** The plan a laid-out document was stamped with (found on its first stamped line). */
function planOf(pages: { items: PageItem[] }[]): Plan | undefined {
  for (const page of pages)
    for (const { item } of page.items) {
      const stamp = item.inlines?.find((inline) => inline[STAMP])?.[STAMP] ?? item[STAMP];
      if (stamp) return stamp.plan;
    }
  return undefined;
}

/** Ends the open marked-content sequence, making it content of its element. */
function close(doc: PdfKitDocument, state: DrawState): void {
  if (!state.open) return;
  doc.endMarkedContent();
  state.open.node.element!.add(state.open.content);
  state.open = undefined;
}

/**
 * Draws `draw` as content of `node`'s element, or as an artifact when there is none. Consecutive
 * lines of one element share a marked-content sequence (one MCID) until a page or element ends.
 */
function marked(doc: PdfKitDocument, node: PlanNode | undefined, draw: () => void, artifact: string): void {
  const state = active.get(doc);
  if (!state || !node?.element) {
    if (state) close(doc, state);
    doc.markContent('Artifact', { type: artifact });
    draw();
    doc.endMarkedContent();
    return;
  }
  // A link's annotation must be made while its element is known: a Link is never left open.
  if (state.open?.node !== node || node.type === 'Link') {
    close(doc, state);
    state.open = { node, content: doc.markStructureContent(node.type) };
  }
  draw();
  if (node.type === 'Link') close(doc, state);
}

/** Draws a line (a copy pdfmake made of it for this page) without its runs meant for repetitions only. */
function withoutRepeatedOnly(line: LayoutLine, draw: () => void): void {
  const all = line.inlines;
  line.inlines = all.filter((inline) => !inline[REPEATED_ONLY]);
  try {
    draw();
  } finally {
    line.inlines = all;
  }
}

let installed = false;

/** Wraps pdfmake's renderer and list markers (once per process); untagged documents are drawn as before. */
export function installTagging(): void {
  if (installed) return;
  installed = true;
  const Renderer = (require('pdfmake/js/Renderer.js') as { default: { prototype: RendererLike } }).default.prototype;
  const DocMeasure = (require('pdfmake/js/DocMeasure.js') as { default: { prototype: Record<string, (...args: unknown[]) => Marker> } }).default.prototype;
  for (const name of ['renderPages', 'renderLine', 'renderVector'] as const)
    if (typeof Renderer[name] !== 'function') throw new Error(`pdfmake's Renderer has no ${name}: update src/writers/pdf/tagging.ts for this pdfmake version`);

  const { renderPages, renderLine, renderVector } = Renderer;
  Renderer.renderPages = function (pages) {
    const doc = this.pdfDocument;
    const plan = doc.options.tagged ? planOf(pages) : undefined;
    if (plan) {
      const state: DrawState = { plan };
      active.set(doc, state);
      doc.addStructure(instantiate(doc, plan.root));
      const { annotate, addPage } = doc;
      // A link drawn inside a Link element is that element's annotation (OBJR).
      doc.annotate = function (this: PdfKitDocument, ...args: unknown[]) {
        const options = args[4] as Record<string, unknown>;
        if (state.open?.node.type === 'Link' && options.Subtype === 'Link') options.structParent = state.open.node.element;
        return annotate.apply(this, args);
      };
      doc._addInfo = function (this: PdfKitDocument) {
        this.appendXML(xmpInfo(this.info));
      };
      // Marked content never spans pages.
      doc.addPage = function (this: PdfKitDocument, ...args: unknown[]) {
        close(this, state);
        return addPage.apply(this, args);
      };
    }
    renderPages.call(this, pages);
    if (plan) {
      close(doc, active.get(doc)!);
      plan.root.element!.end();
      active.delete(doc);
      if (plan.standard === 'pdfa-2u') {
        doc.subset_conformance = 'U';
        doc.appendXML(PDFUA_XMP);
      }
    }
  };
  Renderer.renderLine = function (line, x, y) {
    const doc = this.pdfDocument;
    if (!doc.options.tagged) return renderLine.call(this, line, x, y);
    const stamped = line.inlines.find((inline) => inline[STAMP]);
    const plan = active.get(doc)?.plan;
    const repeated = stamped !== undefined && plan !== undefined && plan.drawn.has(stamped);
    if (stamped && plan) line.inlines.forEach((inline) => plan.drawn.add(inline));
    const draw = () => (repeated ? renderLine.call(this, line, x, y) : withoutRepeatedOnly(line, () => renderLine.call(this, line, x, y)));
    marked(doc, repeated ? undefined : stamped?.[STAMP], draw, 'Pagination');
  };
  Renderer.renderVector = function (vector) {
    const doc = this.pdfDocument;
    if (!doc.options.tagged) return renderVector.call(this, vector);
    marked(doc, vector[STAMP], () => renderVector.call(this, vector), 'Layout');
  };

  for (const name of ['buildOrderedMarker', 'buildUnorderedMarker']) {
    const build = DocMeasure[name];
    if (typeof build !== 'function') throw new Error(`pdfmake's DocMeasure has no ${name}: update src/writers/pdf/tagging.ts for this pdfmake version`);
    DocMeasure[name] = function (this: unknown, item: unknown, ...rest: unknown[]) {
      const marker = build.call(this, item, ...rest);
      const label = isNode(item) ? (item[LABEL] as PlanNode | undefined) : undefined;
      const parts = [...(marker.canvas ?? []), ...(marker._inlines ?? [])];
      if (label && parts.length) {
        markUsed(label);
        for (const part of parts) (part as Inline)[STAMP] = label;
      }
      return marker;
    };
  }
}
