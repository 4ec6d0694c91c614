/**
 * The translation memory: every confirmed pair of the project's agreements, plus the memories
 * added to data/tm/ (TMX 1.4b). Inline markup travels as TMX codes (<bpt>/<ept> for emphasis,
 * <ph> for placeholders), so a memory read back gives the strings it was written from.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { loadCatalog, type Catalog } from '../check/catalog.js';
import { ContentError } from '../errors.js';
import { SOURCE_LANGUAGE } from '../source/keys.js';
import { listAgreementIds, loadAgreement } from '../source/project.js';
import { readTextFile } from '../source/text-file.js';
import { codesOf, toRuns, type Run } from './inline.js';
import { projectLanguage, toolTag } from './languages.js';
import { exchangedKeys, loadRecords, stateOf } from './records.js';
import { descendants, elementsOf, parseXml, serializeXml, textOf, XML_NS, type XmlElement } from './xml.js';

export const TM_DIR = path.join('data', 'tm');

export interface MemoryPair {
  source: string;
  target: string;
  /** Where the pair comes from: `<agreement> <key>` or the memory file. */
  origin: string;
}

/** The pairs of every agreement whose translation into `lang` is current and not flagged (state final). */
export async function confirmedPairs(root: string, lang: string, except?: string): Promise<MemoryPair[]> {
  const pairs: MemoryPair[] = [];
  const seen = new Set<string>();
  for (const id of await listAgreementIds(root)) {
    if (id === except) continue;
    const records = await loadRecords(root, await loadCatalog(root, await loadAgreement(root, id)), lang);
    for (const { key } of exchangedKeys(records.catalog)) {
      if (stateOf(records, key) !== 'final') continue;
      const pair = { source: records.source.get(key)!, target: records.target.get(key)!, origin: `${id} ${key}` };
      const identity = `${pair.source}\0${pair.target}`;
      if (seen.has(identity)) continue; // UI strings are shared by every agreement
      seen.add(identity);
      pairs.push(pair);
    }
  }
  return pairs;
}

/** The memories added with `tm import`. */
export async function storedPairs(root: string, catalog: Catalog, lang: string): Promise<MemoryPair[]> {
  const names = (await readdir(path.join(root, TM_DIR)).catch(() => [] as string[])).filter((n) => n.endsWith('.tmx')).sort();
  const pairs: MemoryPair[] = [];
  for (const name of names) {
    const file = path.join(TM_DIR, name);
    pairs.push(...readTmx(await readTextFile(path.join(root, file), file, 2), file, catalog, lang));
  }
  return pairs;
}

export interface TmxLanguages {
  srcLang: string;
  trgLang: string;
}

export function writeTmx(pairs: readonly MemoryPair[], langs: TmxLanguages): string {
  const document = create();
  const tmx = document.ele('tmx', { version: '1.4' });
  tmx.ele('header', { creationtool: 'briefing', creationtoolversion: '1', segtype: 'paragraph', 'o-tmf': 'briefing-locales', adminlang: 'en', srclang: langs.srcLang, datatype: 'plaintext' });
  const body = tmx.ele('body');
  for (const pair of pairs) {
    const tu = body.ele('tu');
    tu.ele('prop', { type: 'x-origin' }).txt(pair.origin);
    const sourceRuns = toRuns(pair.source);
    const codes = codesOf(sourceRuns);
    seg(tu.ele('tuv', { 'xml:lang': langs.srcLang }).ele('seg'), sourceRuns);
    seg(tu.ele('tuv', { 'xml:lang': langs.trgLang }).ele('seg'), toRuns(pair.target, codes));
  }
  return serializeXml(document);
}

function seg(parent: XMLBuilder, runs: readonly Run[]): void {
  const tags = new Map<string, string>();
  for (const run of runs) {
    if (run.kind === 'text') parent.txt(run.text);
    else if (run.kind === 'ph') parent.ele('ph', { x: run.id }).txt(run.code);
    else if (run.kind === 'open') {
      tags.set(run.id, run.tag);
      parent.ele('bpt', { i: run.id, x: run.id }).txt(`<${run.tag}>`);
    } else parent.ele('ept', { i: run.id }).txt(`</${tags.get(run.id)}>`);
  }
}

/** Our own inline markup inside a TMX code; other tools' native codes (RTF, HTML attributes) are dropped. */
const OUR_CODE = /^(?:<\/?(?:strong|em)>|\{\{\s*[\w.]+\s*\}\})$/;

/**
 * The en → lang pairs of a TMX. A memory of another language pair is refused (exit 2): its
 * segments would be matched against English strings and fill in the wrong language.
 */
export function readTmx(text: string, displayName: string, catalog: Catalog, lang: string): MemoryPair[] {
  const root = parseXml(text, displayName);
  if (root.local !== 'tmx' || root.uri !== '') throw new ContentError(displayName, `${root.line}:1`, `the root element is <${root.local}>, not a TMX <tmx>: is this a translation memory?`, 2);
  const tus = descendants(root, '', 'tu');
  const languages = new Set(tus.flatMap((tu) => childrenNamed(tu, 'tuv').map(languageOf)));
  const foreign = [...languages].filter((tag) => ![SOURCE_LANGUAGE, lang].includes(projectLanguage(catalog, tag) ?? ''));
  if (foreign.length > 0 || (tus.length > 0 && languages.size < 2)) {
    throw new ContentError(displayName, undefined, `the memory's languages are ${[...languages].join(', ') || 'not given'}; this project translates ${toolTag(catalog, SOURCE_LANGUAGE)} into ${toolTag(catalog, lang)}: nothing was added`, 2);
  }
  return tus.flatMap((tu, index) => {
    const segs = new Map(childrenNamed(tu, 'tuv').map((tuv) => [projectLanguage(catalog, languageOf(tuv)), childrenNamed(tuv, 'seg')[0]]));
    const source = segs.get(SOURCE_LANGUAGE);
    const target = segs.get(lang);
    if (!source || !target) return [];
    const origin = childrenNamed(tu, 'prop').find((p) => p.attrs.type === 'x-origin');
    return [{ source: segText(source), target: segText(target), origin: origin ? textOf(origin) : `${path.basename(displayName)} unit ${index + 1}` }];
  });
}

const languageOf = (tuv: XmlElement): string => tuv.attrs[`{${XML_NS}}lang`] ?? tuv.attrs.lang ?? '';
/** TMX elements have no namespace. */
const childrenNamed = (element: XmlElement, local: string): XmlElement[] => elementsOf(element, '', local);

/** A segment's text with our codes restored; <hi> is transparent, other codes and sub-flows drop out. */
function segText(element: XmlElement): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child;
      if (child.local === 'hi') return segText(child);
      const native = ['bpt', 'ept', 'ph'].includes(child.local) ? textOf(child).trim() : '';
      return OUR_CODE.test(native) ? native : '';
    })
    .join('');
}
