/**
 * XLIFF 2.0 and 1.2 documents of an export. Both versions carry the same units and notes; they
 * differ in element names, in how states are spelt and in how inline codes are written.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { GLOSSARY_FILE } from '../source/glossary.js';
import { codesOf, toRuns, type Code, type Run } from './inline.js';
import type { ExportGroup, ExportUnit } from './units.js';
import { serializeXml } from './xml.js';

export const XLIFF_2 = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF_1_2 = 'urn:oasis:names:tc:xliff:document:1.2';
export type XliffVersion = '2.0' | '1.2';

export interface XliffHeader {
  agreementId: string;
  /** BCP 47 tags of the two languages, as tools expect them (en-US, zh-CN). */
  srcLang: string;
  trgLang: string;
}

interface Note {
  category: 'context' | 'review' | 'terminology' | 'previous-source' | 'length';
  text: string;
}

/** What the translator's tool shows beside a unit. */
function notesOf(unit: ExportUnit, group: ExportGroup): Note[] {
  const notes: Note[] = [{ category: 'context', text: `Section: ${group.heading}` }];
  if (unit.previousSource !== undefined) {
    notes.push({
      category: 'previous-source',
      text: unit.previousSource === null ? 'The English changed since this was translated (its earlier text is not on record): compare the translation with the source.' : `The English changed since this was translated. It was: ${unit.previousSource}`,
    });
  }
  if (unit.reviewReason) notes.push({ category: 'review', text: `For review: ${unit.reviewReason}` });
  for (const { term, rendering } of unit.terms) notes.push({ category: 'terminology', text: `Term: ${term.english} → ${rendering} (required; ${GLOSSARY_FILE}:${term.line})` });
  if (unit.maxLength) notes.push({ category: 'length', text: `At most ${unit.maxLength.max} characters: ${unit.maxLength.why}.` });
  return notes;
}

export function writeXliff(version: XliffVersion, header: XliffHeader, groups: readonly ExportGroup[]): string {
  return version === '2.0' ? writeXliff20(header, groups) : writeXliff12(header, groups);
}

function writeXliff20(header: XliffHeader, groups: readonly ExportGroup[]): string {
  const document = create();
  const file = document
    .ele(XLIFF_2, 'xliff', { version: '2.0', srcLang: header.srcLang, trgLang: header.trgLang })
    .ele('file', { id: header.agreementId, original: `data/agreements/${header.agreementId}.yaml` });
  for (const group of groups) {
    const element = file.ele('group', { id: group.id, name: group.heading });
    for (const unit of group.units) {
      const xml = element.ele('unit', { id: unit.key, name: unit.key });
      const notes = xml.ele('notes');
      for (const note of notesOf(unit, group)) notes.ele('note', { category: note.category }).txt(note.text);
      const sourceRuns = toRuns(unit.source);
      const codes = codesOf(sourceRuns);
      if (codes.length > 0) {
        const data = xml.ele('originalData');
        for (const code of codes) {
          if (code.kind === 'ph') data.ele('data', { id: `d${code.id}` }).txt(code.native);
          else data.ele('data', { id: `d${code.id}s` }).txt(`<${code.native}>`).up().ele('data', { id: `d${code.id}e` }).txt(`</${code.native}>`);
        }
      }
      const segment = xml.ele('segment', { state: unit.state });
      runs20(segment.ele('source', { 'xml:space': 'preserve' }), sourceRuns, codes);
      if (unit.target !== undefined) runs20(segment.ele('target', { 'xml:space': 'preserve' }), toRuns(unit.target, codes), codes);
    }
  }
  return serializeXml(document);
}

/** <pc> for emphasis (xlf:b, xlf:i), <ph> for a placeholder (xlf:var), with their original data referenced. */
function runs20(parent: XMLBuilder, runs: readonly Run[], codes: readonly Code[]): void {
  let node = parent;
  for (const run of runs) {
    if (run.kind === 'text') node.txt(run.text);
    else if (run.kind === 'ph') node.ele('ph', { id: run.id, dataRef: `d${run.id}`, type: 'ui', subType: 'xlf:var', disp: run.code });
    else if (run.kind === 'close') node = node.up();
    else {
      const known = codes.some((c) => c.id === run.id);
      node = node.ele('pc', { id: run.id, type: 'fmt', subType: run.tag === 'strong' ? 'xlf:b' : 'xlf:i', ...(known ? { dataRefStart: `d${run.id}s`, dataRefEnd: `d${run.id}e` } : {}) });
    }
  }
}

const STATE_1_2: Record<ExportUnit['state'], string | undefined> = {
  initial: undefined,
  translated: 'needs-translation',
  reviewed: 'needs-review-translation',
  final: 'final',
};

function writeXliff12(header: XliffHeader, groups: readonly ExportGroup[]): string {
  const document = create();
  const body = document
    .ele(XLIFF_1_2, 'xliff', { version: '1.2' })
    .ele('file', { original: `data/agreements/${header.agreementId}.yaml`, 'source-language': header.srcLang, 'target-language': header.trgLang, datatype: 'plaintext' })
    .ele('body');
  for (const group of groups) {
    const element = body.ele('group', { id: group.id, resname: group.id });
    element.ele('note', { from: 'developer' }).txt(`Section: ${group.heading}`);
    for (const unit of group.units) {
      const xml = element.ele('trans-unit', {
        id: unit.key,
        resname: unit.key,
        'xml:space': 'preserve',
        ...(unit.state === 'final' ? { approved: 'yes' } : {}),
        ...(unit.maxLength ? { maxwidth: String(unit.maxLength.max), 'size-unit': 'char' } : {}),
      });
      const sourceRuns = toRuns(unit.source);
      const codes = codesOf(sourceRuns);
      runs12(xml.ele('source'), sourceRuns);
      const state = STATE_1_2[unit.state];
      if (unit.target !== undefined) runs12(xml.ele('target', state ? { state } : {}), toRuns(unit.target, codes));
      for (const note of notesOf(unit, group)) xml.ele('note', { from: 'developer', annotates: note.category === 'context' ? 'general' : 'source' }).txt(note.text);
    }
  }
  return serializeXml(document);
}

/** <g> for emphasis (ctype bold, italic), <ph> holding the placeholder as written. */
function runs12(parent: XMLBuilder, runs: readonly Run[]): void {
  let node = parent;
  for (const run of runs) {
    if (run.kind === 'text') node.txt(run.text);
    else if (run.kind === 'ph') node.ele('ph', { id: run.id, ctype: 'x-placeholder' }).txt(run.code);
    else if (run.kind === 'close') node = node.up();
    else node = node.ele('g', { id: run.id, ctype: run.tag === 'strong' ? 'bold' : 'italic' });
  }
}
