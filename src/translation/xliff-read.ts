/**
 * Reads XLIFF 2.0 or 1.2 as CAT tools return it: extra namespaces and attributes are ignored,
 * <mrk> and markers are transparent, a unit split into several segments is joined again, and
 * inline codes in any of the forms tools use (pc, sc/ec, g, bpt/ept, bx/ex, ph, x) become runs.
 */
import { ContentError } from '../errors.js';
import { isHanLanguage } from '../languages/index.js';
import type { Run } from './inline.js';
import type { UnitState } from './records.js';
import { XLIFF_1_2, XLIFF_2, type XliffVersion } from './xliff-write.js';
import { descendants, elementsOf, textOf, type XmlElement } from './xml.js';

export interface IncomingUnit {
  /** The unit's id, and its name (2.0) or resname (1.2): either may carry the locale key. */
  id: string;
  name?: string;
  line: number;
  source: Run[];
  /** Undefined when no segment has a target. */
  target?: Run[];
  state: UnitState;
  /** What makes the unit unreadable (a segment without a target among translated ones). */
  problem?: string;
}

export interface IncomingXliff {
  version: XliffVersion;
  /** From the file's `original` (data/agreements/<id>.yaml). */
  agreementId: string;
  srcLang: string;
  trgLang: string;
  units: IncomingUnit[];
}

const RANK: UnitState[] = ['initial', 'translated', 'reviewed', 'final'];
const least = (states: UnitState[]): UnitState => RANK[Math.min(...states.map((s) => RANK.indexOf(s)))] ?? 'initial';

export function readXliff(root: XmlElement, displayName: string): IncomingXliff {
  const version = root.local === 'xliff' && root.uri === XLIFF_2 ? '2.0' : root.local === 'xliff' && root.uri === XLIFF_1_2 ? '1.2' : undefined;
  if (!version) {
    throw new ContentError(displayName, `${root.line}:1`, `the root element is <${root.local}>${root.uri ? ` in ${root.uri}` : ''}, not an XLIFF 2.0 or 1.2 <xliff>: is this the file the translator returned?`, 2);
  }
  const ns = version === '2.0' ? XLIFF_2 : XLIFF_1_2;
  const files = elementsOf(root, ns, 'file');
  if (files.length === 0) throw new ContentError(displayName, `${root.line}:1`, 'no <file> element: the XLIFF holds no translations', 2);
  const agreements = new Set(files.map((f) => agreementOf(f)));
  if (agreements.size > 1) throw new ContentError(displayName, `${files[1]!.line}:1`, `the <file> elements belong to different agreements (${[...agreements].join(', ')}): import one agreement per file`, 2);
  const langs = version === '2.0' ? { srcLang: root.attrs.srcLang, trgLang: root.attrs.trgLang } : { srcLang: files[0]!.attrs['source-language'], trgLang: files[0]!.attrs['target-language'] };
  if (!langs.srcLang || !langs.trgLang) throw new ContentError(displayName, `${root.line}:1`, 'the file does not say its source and target languages: export it again from briefing', 2);
  const spaceless = isHanLanguage(langs.trgLang);
  const units = files.flatMap((file) => (version === '2.0' ? descendants(file, ns, 'unit').map((u) => unit20(u, spaceless)) : descendants(file, ns, 'trans-unit').map(unit12)));
  return { version, agreementId: [...agreements][0]!, srcLang: langs.srcLang, trgLang: langs.trgLang, units };
}

/** `data/agreements/<id>.yaml` as exported; a tool that rewrote `original` leaves the 2.0 file id. */
function agreementOf(file: XmlElement): string {
  const original = file.attrs.original ?? '';
  return /(?:^|\/)([^/]+)\.yaml$/.exec(original)?.[1] ?? file.attrs.id ?? original;
}

/**
 * A unit's segments joined. An <ignorable> without a target takes its source (XLIFF 2.0), except
 * the space a tool cut between sentences when the target language sets none there (Chinese).
 */
function unit20(unit: XmlElement, spaceless: boolean): IncomingUnit {
  const parts = unit.children.filter((c): c is XmlElement => typeof c !== 'string' && c.uri === XLIFF_2 && (c.local === 'segment' || c.local === 'ignorable'));
  const segments = parts.filter((p) => p.local === 'segment');
  const sourceOf = (part: XmlElement): XmlElement | undefined => elementsOf(part, XLIFF_2, 'source')[0];
  const targetOf = (part: XmlElement): XmlElement | undefined => elementsOf(part, XLIFF_2, 'target')[0];
  const source = parts.flatMap((part) => content(sourceOf(part)));
  const translated = segments.filter((s) => targetOf(s) !== undefined);
  const base = { id: unit.attrs.id ?? '', name: unit.attrs.name, line: unit.line, source };
  if (translated.length === 0) return { ...base, state: 'initial' };
  const untranslated = segments.find((s) => targetOf(s) === undefined);
  const ignorableTarget = (part: XmlElement): XmlElement | undefined => {
    const source = sourceOf(part);
    return source && spaceless && textOf(source).trim() === '' ? undefined : source;
  };
  const target = parts.flatMap((part) => content(targetOf(part) ?? (part.local === 'ignorable' ? ignorableTarget(part) : undefined)));
  const state = least(segments.map((s) => (s.attrs.state as UnitState | undefined) ?? 'initial').map((s) => (RANK.includes(s) ? s : 'translated')));
  return { ...base, target, state, problem: untranslated ? `segment at line ${untranslated.line} has no target: translate every segment of the unit` : undefined };
}

function unit12(unit: XmlElement): IncomingUnit {
  const source = content(elementsOf(unit, XLIFF_1_2, 'source')[0]);
  const targetElement = elementsOf(unit, XLIFF_1_2, 'target')[0];
  const base = { id: unit.attrs.id ?? '', name: unit.attrs.resname, line: unit.line, source };
  if (!targetElement) return { ...base, state: 'initial' };
  const targetState = targetElement.attrs.state;
  const signedOff = unit.attrs.approved === 'yes' || targetState === 'final' || targetState === 'signed-off';
  return { ...base, target: content(targetElement), state: signedOff ? 'final' : 'translated' };
}

/**
 * The runs of a <source> or <target>. Whitespace is kept where xml:space="preserve" is in force
 * (our exports set it); elsewhere a tool may have reflowed the text, so runs of it become one space.
 */
function content(element: XmlElement | undefined): Run[] {
  if (!element) return [];
  const runs = walk(element);
  if (element.preserve) return runs;
  return runs.map((run, i) => (run.kind === 'text' ? { kind: 'text', text: collapse(run.text, i === 0, i === runs.length - 1) } : run));
}

const collapse = (text: string, first: boolean, last: boolean): string => {
  let result = text.replace(/\s+/g, ' ');
  if (first) result = result.trimStart();
  if (last) result = result.trimEnd();
  return result;
};

/** Inline elements of both versions; anything in another namespace is a tool's extension and is skipped. */
function walk(element: XmlElement): Run[] {
  const runs: Run[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') {
      runs.push({ kind: 'text', text: child });
      continue;
    }
    if (child.uri !== XLIFF_2 && child.uri !== XLIFF_1_2) continue;
    const { id = '', rid, startRef } = child.attrs;
    const pairId = rid ?? id;
    switch (child.local) {
      case 'pc':
      case 'g':
        runs.push({ kind: 'open', id, tag: '' }, ...walk(child), { kind: 'close', id });
        break;
      case 'sc':
      case 'bpt':
      case 'bx':
        runs.push({ kind: 'open', id: child.local === 'sc' ? id : pairId, tag: '' });
        break;
      case 'ec':
      case 'ept':
      case 'ex':
        runs.push({ kind: 'close', id: child.local === 'ec' ? (startRef ?? id) : pairId });
        break;
      case 'ph':
      case 'x':
        runs.push({ kind: 'ph', id, code: '' });
        break;
      case 'mrk':
        runs.push(...walk(child));
        break;
      case 'cp':
        runs.push({ kind: 'text', text: String.fromCodePoint(Number.parseInt(child.attrs.hex ?? '0', 16)) });
        break;
      default:
        break; // sm/em markers, notes inside 1.2 sub-flows: no text of the unit
    }
  }
  return runs;
}
