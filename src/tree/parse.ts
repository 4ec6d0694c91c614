import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { BriefingError } from '../errors.js';
import { inlineText, type Block, type DocumentTree, type Inline, type Layout, type List, type ListItem, type LanguageChoice, type TableCell, type TableRow } from './types.js';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Thrown when a template emits markup outside the documented vocabulary (templates/README.md). */
function unsupported(element: Element, where: string): BriefingError {
  return new BriefingError(`template markup: <${element.tagName}> is not supported ${where}; see templates/README.md for the elements templates may use`);
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;
const elements = (element: Element): Element[] =>
  element.childNodes.filter((node): node is Element => {
    if (isElement(node)) return true;
    if (node.nodeName === '#text' && (node as DefaultTreeAdapterMap['textNode']).value.trim() !== '') {
      throw new BriefingError(`template markup: text "${(node as DefaultTreeAdapterMap['textNode']).value.trim().slice(0, 40)}" directly inside <${element.tagName}>; wrap it in <p>`);
    }
    return false;
  });

function inlines(nodes: Node[], stopAt?: string): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.nodeName === '#text') {
      out.push({ type: 'text', value: (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ') });
    } else if (isElement(node)) {
      if (node.tagName === stopAt) continue;
      if (node.tagName === 'strong' || node.tagName === 'b') out.push({ type: 'strong', children: inlines(node.childNodes) });
      else if (node.tagName === 'em' || node.tagName === 'i') out.push({ type: 'emphasis', children: inlines(node.childNodes) });
      else throw unsupported(node, 'inside text');
    }
  }
  return trimInlines(out);
}

/** HTML collapses whitespace at the edges of a block; so do we. */
function trimInlines(nodes: Inline[]): Inline[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return nodes.filter((n) => n.type !== 'text' || n.value !== '');
}

function listItem(element: Element, printedMarkers: boolean): ListItem {
  if (element.tagName !== 'li') throw unsupported(element, 'inside a list');
  const nested = element.childNodes.filter(isElement).filter((e) => e.tagName === 'ul' || e.tagName === 'ol');
  if (nested.length > 1) throw new BriefingError('template markup: a list item may hold one nested list');
  const item: ListItem = { type: 'listItem', blockId: attr(element, 'data-block'), children: inlines(element.childNodes.filter((n) => !nested.includes(n as Element))) };
  if (nested[0]) item.sublist = list(nested[0], printedMarkers);
  return item;
}

/** class="printed-markers": the items' text carries their markers; nested lists of such a list do too. */
function list(element: Element, inPrintedList = false): List {
  const depth = Number(attr(element, 'data-depth') ?? 0);
  const start = Number(attr(element, 'start') ?? 1);
  const ordered = element.tagName === 'ol';
  const printedMarkers = inPrintedList || attr(element, 'class') === 'printed-markers';
  return {
    type: 'list',
    ordered,
    blockId: attr(element, 'data-block'),
    items: elements(element).map((item) => listItem(item, printedMarkers)),
    ...(depth ? { depth } : {}),
    ...(ordered && start !== 1 ? { start } : {}),
    ...(printedMarkers ? { printedMarkers: true as const } : {}),
  };
}

function cells(row: Element): TableCell[] {
  return elements(row).map((cell) => {
    if (cell.tagName !== 'td' && cell.tagName !== 'th') throw unsupported(cell, 'inside a table row');
    const lang = attr(cell, 'lang');
    return lang ? { lang, children: inlines(cell.childNodes) } : { children: inlines(cell.childNodes) };
  });
}

/** <div class="pair" data-block> with one <div lang> per language. */
function parallel(element: Element): Block {
  const cells = elements(element).map((cell) => {
    const lang = attr(cell, 'lang');
    if (cell.tagName !== 'div' || !lang) throw new BriefingError('template markup: a pair holds one <div lang="…"> per language');
    return { lang, children: elements(cell).map(block) };
  });
  return { type: 'parallel', blockId: attr(element, 'data-block'), cells };
}

/** <language-switch label> with <button value>label</button> children. */
function languageChoice(element: Element): LanguageChoice {
  return {
    label: attr(element, 'label') ?? '',
    options: elements(element).map((button) => {
      if (button.tagName !== 'button') throw unsupported(button, 'inside <language-switch>');
      const lang = attr(button, 'lang');
      return { value: attr(button, 'value') ?? '', label: inlineText(inlines(button.childNodes)), ...(lang ? { lang } : {}) };
    }),
  };
}

function table(element: Element): Block {
  let header: TableCell[] = [];
  let weights: number[] | undefined;
  const rows: TableRow[] = [];
  for (const part of elements(element)) {
    if (part.tagName === 'colgroup') weights = elements(part).map(columnWeight);
    else if (part.tagName === 'thead') header = cells(elements(part)[0]!);
    else if (part.tagName === 'tbody') {
      for (const row of elements(part)) rows.push({ key: attr(row, 'data-person') ?? attr(row, 'data-block'), cells: cells(row) });
    } else throw unsupported(part, 'inside a table');
  }
  const total = weights?.reduce((sum, weight) => sum + weight, 0) ?? 0;
  const widths = weights?.map((weight) => (weight * 100) / total);
  return { type: 'table', role: attr(element, 'class'), ...(widths ? { widths } : {}), header, rows };
}

/** <col data-width="30">: a column's relative width. */
function columnWeight(col: Element): number {
  const weight = Number(attr(col, 'data-width'));
  if (col.tagName !== 'col' || !(weight > 0)) throw new BriefingError('template markup: a <colgroup> holds <col data-width="N"> elements, N a positive number (the column\'s relative width)');
  return weight;
}

function block(element: Element): Block {
  const blockId = attr(element, 'data-block');
  switch (element.tagName) {
    case 'h1':
    case 'h2':
    case 'h3': {
      const continued = attr(element, 'data-continued');
      return { type: 'heading', level: Number(element.tagName[1]) as 1 | 2 | 3, children: inlines(element.childNodes), ...(continued ? { continued } : {}) };
    }
    case 'p':
      return { type: 'paragraph', blockId, role: attr(element, 'class'), children: inlines(element.childNodes) };
    case 'ul':
    case 'ol':
      return list(element);
    case 'div':
      if (attr(element, 'class') === 'pair') return parallel(element);
      return { type: 'group', blockId, children: elements(element).map(block) };
    case 'table':
      return table(element);
    case 'header':
      return { type: 'titleBlock', role: attr(element, 'class') ?? 'title-block', children: elements(element).map(block) };
    case 'section': {
      const component = attr(element, 'data-component');
      const id = attr(element, 'data-section') ?? component;
      if (!id) throw new BriefingError('template markup: <section> needs a data-section or data-component attribute');
      return { type: 'section', id, ...(component ? { component: true } : {}), children: elements(element).map(block) };
    }
    case 'page-break':
      return { type: 'pageBreak' };
    case 'contents-list':
      return {
        type: 'contentsList',
        entries: elements(element).map((link) => {
          const href = attr(link, 'href');
          if (link.tagName !== 'a' || !href?.startsWith('#')) throw unsupported(link, 'inside <contents-list> (use <a href="#section">)');
          return { target: href.slice(1), children: inlines(link.childNodes) };
        }),
      };
    default:
      throw unsupported(element, 'as a block');
  }
}

/** Parses the templates' semantic markup (one <article>) into the document tree. */
export function parseDocumentMarkup(markup: string): DocumentTree {
  const roots = parseFragment(markup).childNodes.filter(isElement);
  const article = roots[0];
  if (roots.length !== 1 || article?.tagName !== 'article') {
    throw new BriefingError('template markup: a layout must render exactly one <article> element');
  }
  const choice = elements(article).find((element) => element.tagName === 'language-switch');
  const required = (name: string): string => {
    const value = attr(article, name);
    if (value === undefined) throw new BriefingError(`template markup: <article> needs a ${name} attribute`);
    return value;
  };
  return {
    type: 'document',
    lang: required('lang'),
    languageTag: required('data-language-tag'),
    title: required('data-title'),
    runningTitle: required('data-running-title'),
    pageLabel: required('data-page-label'),
    ...(attr(article, 'data-layout') ? { layout: attr(article, 'data-layout') as Layout } : {}),
    author: required('data-author'),
    subject: required('data-subject'),
    keywords: required('data-keywords'),
    ...(attr(article, 'data-date') ? { date: attr(article, 'data-date') } : {}),
    ...(attr(article, 'data-marking') ? { marking: attr(article, 'data-marking') } : {}),
    // The language switch is the reader's, not part of the text: it goes with the skip link.
    reader: { skipLabel: required('data-skip-label'), ...(choice ? { languageChoice: languageChoice(choice) } : {}) },
    children: elements(article)
      .filter((element) => element !== choice)
      .map(block),
  };
}
