/**
 * Attaching a translation: the English of an imported agreement and the translated file are read
 * as two sequences of blocks (title lines, headings, paragraphs, list items, people) and aligned
 * as translators' alignment tools do — by length, anchored by numbers, markers, Latin words and
 * glossary terms — whatever the sections look like on either side. Every pair is written; the
 * uncertain ones are flagged for review with the reason and the score; English blocks without a
 * translation are left for `check` to report. Only a file that clearly is not a translation of
 * the agreement is refused.
 */
import { ContentError } from '../errors.js';
import { isHanLanguage } from '../languages/index.js';
import { glossaryIn, type GlossaryTerm } from '../source/glossary.js';
import { expectedUsedKeys } from '../source/keys.js';
import { localeValue, type LocaleTree } from '../source/locales.js';
import type { Agreement } from '../source/schema.js';
import { unhandled, walkAgreement } from '../source/walk.js';
import { anchorsOf } from './anchors.js';
import { parseDateRange } from './dates.js';
import { MONTHS } from './vocabulary.js';
import type { ImportedBlock, ImportedDocument, ImportedItem, ImportedPerson } from './imported-document.js';
import { joinLines, plain, shorten } from './rich-text.js';
import { alignSegments, anchorCost, lengthModel, type Bead, type Segment } from './sequence-alignment.js';
import { splitBlock } from './split-block.js';

export interface AlignmentRequest {
  agreement: Agreement;
  english: LocaleTree;
  translation: ImportedDocument;
  glossary: readonly GlossaryTerm[];
  /** The translated file as the user named it, and its language, for messages. */
  file: string;
  lang: string;
}

/** One step of the alignment as a person checks it: English blocks beside the translated text. */
export interface AlignmentRow {
  op: Bead['op'];
  english: { key: string; text: string; translation?: string }[];
  /** The translated blocks as they stand in the file. */
  translation: string[];
  /** 0–1: how well lengths and anchors agree (1 for blocks left out). */
  score: number;
  /** Why the pair needs a person's eye; empty when it is confident. */
  reasons: string[];
}

export interface AlignmentSummary {
  /** English blocks with a translation, and how: one to one, joined, split. */
  pairs: number;
  merges: number;
  splits: number;
  /** English blocks whose translation is flagged for review. */
  uncertain: number;
  /** English blocks without a translation, and translated blocks without an English one. */
  untranslated: number;
  unmatched: number;
  /** A reason to doubt the whole file (every pair is then flagged). */
  doubt?: string;
}

export interface Alignment {
  /** Translation by locale key, in document order. */
  aligned: Map<string, string>;
  /** Reason and score by locale key, for `<namespace>.review.json`. */
  review: Map<string, string>;
  rows: AlignmentRow[];
  summary: AlignmentSummary;
  /** Keys the data uses that the translated file does not provide. */
  missing: string[];
}

interface SourceUnit {
  key: string;
  /** A person's position, written beside the name. */
  positionKey?: string;
  text: string;
  kind: Segment['kind'];
}

interface TranslatedUnit {
  text: string;
  kind: Segment['kind'];
  person?: ImportedPerson;
}

/** A pair whose lengths are less likely than this (and that no anchor supports) is uncertain. */
const WEAK_LENGTH_FIT = 0.05;
/** Below this share of English blocks confidently paired, the file is not a translation of the agreement. */
const REFUSE_BELOW = 0.4;
/** Translated blocks without an English counterpart beyond this share cast doubt on every pair. */
const DOUBT_UNMATCHED = 0.04;

export function alignTranslation({ agreement, english, translation, glossary, file, lang }: AlignmentRequest): Alignment {
  const text = (key: string): string => {
    const value = localeValue(english, key);
    return typeof value === 'string' ? value : '';
  };
  const sources = sourceUnits(agreement, text);
  const translated = translatedUnits(translation);
  refuseOtherScript(translated, file, lang);

  const terms = glossaryIn(glossary, lang);
  const segment = (unit: { text: string; kind: Segment['kind'] }, side: 'source' | 'translation'): Segment => ({
    length: plain(unit.text).replace(/\s+/g, '').length,
    anchors: anchorsOf(unit.text, terms, side),
    kind: unit.kind,
    cuts: side === 'translation' ? cutCount(unit.text) : 0,
  });
  const sourceSegments = sources.map((unit) => segment(unit, 'source'));
  const translatedSegments = translated.map((unit) => segment(unit, 'translation'));
  const beads = alignSegments(sourceSegments, translatedSegments, lengthModel(sourceSegments, translatedSegments));

  const aligned = new Map<string, string>();
  const rows: AlignmentRow[] = [];
  const summary: AlignmentSummary = { pairs: 0, merges: 0, splits: 0, uncertain: 0, untranslated: 0, unmatched: 0 };
  for (const bead of beads) {
    const english = sources.slice(...bead.source);
    const other = translated.slice(...bead.translation);
    const row: AlignmentRow = { op: bead.op, english: english.map(({ key, text }) => ({ key, text })), translation: other.map((unit) => unit.text), score: 1, reasons: [] };
    rows.push(row);
    if (bead.op === 'source-only') summary.untranslated += english.length;
    if (bead.op === 'translation-only' && other[0]!.kind !== 'date') summary.unmatched++;
    if (bead.op === 'source-only' || bead.op === 'translation-only') continue;

    const pieces = bead.op === 'split' ? splitBlock(other[0]!.text, sourceSegments.slice(...bead.source)) : [joinLines(other.map((unit) => unit.text))];
    english.forEach((unit, i) => {
      const piece = pieces?.[i] ?? '';
      const person = other[0]!.person;
      if (person !== undefined) {
        aligned.set(unit.key, person.name);
        if (unit.positionKey !== undefined && person.position !== '') aligned.set(unit.positionKey, person.position);
      } else {
        aligned.set(unit.key, piece);
      }
      row.english[i]!.translation = person?.name ?? piece;
    });
    summary.pairs += english.length;
    if (bead.op === 'merge') summary.merges++;
    if (bead.op === 'split') summary.splits++;
    row.score = score(bead);
    row.reasons = reasonsOf(bead, english, other, lang);
  }
  // The dialogue line often repeats the title: it then has the title's translation.
  if (!aligned.has('meta.dialogue') && text('meta.dialogue') === text('meta.title') && aligned.has('meta.title')) aligned.set('meta.dialogue', aligned.get('meta.title')!);

  const pairedRows = rows.filter((row) => row.op !== 'source-only' && row.op !== 'translation-only');
  const confident = pairedRows.filter((row) => row.reasons.length === 0).reduce((sum, row) => sum + row.english.length, 0);
  if (confident < REFUSE_BELOW * sources.length) {
    throw new ContentError(
      file,
      undefined,
      `only ${confident} of the ${sources.length} English blocks of ${agreement.id} find a likely counterpart here: this is not a translation of that agreement (nothing was written)`,
    );
  }
  const translatedContent = translated.filter((unit) => unit.kind !== 'date').length;
  if (summary.unmatched > Math.max(2, DOUBT_UNMATCHED * translatedContent)) {
    const example = rows.find((row) => row.op === 'translation-only' && !isDateOnly(row.translation[0]!))!.translation[0]!;
    summary.doubt = `${summary.unmatched} translated blocks have no English counterpart (such as “${shorten(example)}”): the file may translate another version or document; check every pair`;
    for (const row of pairedRows) row.reasons.push(summary.doubt);
  }

  const review = new Map<string, string>();
  for (const row of pairedRows) {
    if (row.reasons.length === 0) continue;
    summary.uncertain += row.english.length;
    const reason = `alignment (score ${row.score.toFixed(2)}): ${row.reasons.join('; ')}`;
    for (const { key } of row.english) review.set(key, reason);
  }
  const expected = expectedUsedKeys(agreement, (key) => text(key) !== '');
  return { aligned, review, rows, summary, missing: expected.map((used) => used.key).filter((key) => !aligned.has(key)) };
}

/** 0–1: the length fit, raised by shared anchors and lowered by contradicting ones. */
function score(bead: Bead): number {
  return Math.min(1, bead.lengthFit * Math.exp(-anchorCost(bead.anchors)));
}

function reasonsOf(bead: Bead, english: readonly SourceUnit[], other: readonly TranslatedUnit[], lang: string): string[] {
  const reasons: string[] = [];
  if (bead.op === 'split') reasons.push(`one ${lang} paragraph carries ${english.length} English blocks: it was split at the sentence boundaries that fit best; check the cuts`);
  // Structure detection may see a heading on one side only: suspicious only where the fit is poor too.
  if (bead.kindMismatch && score(bead) < 0.5) reasons.push(`a ${english[0]!.kind === 'heading' ? 'heading' : 'paragraph'} paired with a ${other[0]!.kind === 'heading' ? 'heading' : 'paragraph'}`);
  const numbers = bead.anchors.conflicting.filter((anchor) => /^#?\d/.test(anchor));
  if (numbers.length > 0) reasons.push(`numbers or list markers differ (${numbers.slice(0, 4).join(', ')})`);
  if (bead.lengthFit < WEAK_LENGTH_FIT && bead.anchors.shared < 2) reasons.push(`the lengths do not correspond (length fit ${bead.lengthFit.toFixed(2)})`);
  return reasons;
}

/** Places a translated block can be cut at (sentence ends and clause marks). */
const cutCount = (text: string): number => (plain(text).match(/[。！？；：，.!?;:,](?=\s|[^\s\d])/g) ?? []).length + (text.match(/\S\s*#{1,6}\s+\S/g) ?? []).length;

function refuseOtherScript(units: readonly TranslatedUnit[], file: string, lang: string): void {
  if (!isHanLanguage(lang)) return;
  const all = units.map((unit) => plain(unit.text)).join('');
  const han = all.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = all.match(/\p{L}/gu)?.length ?? 0;
  if (han < 0.3 * letters) {
    throw new ContentError(file, undefined, `only ${Math.round((100 * han) / Math.max(letters, 1))}% of its letters are Chinese characters: this is not a ${lang} translation (nothing was written)`);
  }
}

/** A title line that is a date and nothing else: "November 17-18, 2021", "一九七九年一月一日" (not a sentence that has one). */
function isDateOnly(line: string): boolean {
  const text = plain(line).trim();
  const rest = MONTHS.reduce((left, month) => left.replace(new RegExp(`\\b${month.slice(0, 3)}[a-z]*\\.?`, 'gi'), ''), text).replace(/[\d〇零一二三四五六七八九十年月日号至到]|[\s\p{P}]/gu, '');
  return rest === '' && parseDateRange(text) !== undefined;
}

/** The English in reading order: title lines, then each section's heading, blocks and items, then the participants. */
function sourceUnits(agreement: Agreement, text: (key: string) => string): SourceUnit[] {
  const units: SourceUnit[] = [];
  const add = (key: string, kind: Segment['kind']): void => {
    if (text(key) !== '') units.push({ key, text: text(key), kind });
  };
  if (text('meta.dialogue') !== text('meta.title')) add('meta.dialogue', 'heading');
  add('meta.title', 'heading');
  if (agreement.venue) add(`venues.${agreement.venue}`, 'heading');
  for (const node of walkAgreement(agreement)) {
    switch (node.kind) {
      case 'section':
      case 'delegation':
        node.keys.forEach((key) => add(key, 'heading'));
        break;
      case 'block':
      case 'item':
      case 'cell':
        node.keys.forEach((key) => add(key, 'text'));
        break;
      case 'person': {
        const key = `people.${node.person.id}.name`;
        const positionKey = `people.${node.person.id}.position`;
        units.push({ key, positionKey, text: `${text(key)} ${text(positionKey)}`, kind: 'person' });
        break;
      }
      default:
        unhandled(node);
    }
  }
  return units;
}

/** The translation in reading order, whatever sections the structure step found in it. */
function translatedUnits(document: ImportedDocument): TranslatedUnit[] {
  const units: TranslatedUnit[] = document.titleLines.map((line) => ({ text: line, kind: isDateOnly(line) ? 'date' : 'heading' }));
  const items = (list: readonly ImportedItem[]): void =>
    list.forEach((item) => {
      units.push({ text: item.text, kind: 'text' });
      items(item.items);
    });
  const blocks = (list: readonly ImportedBlock[]): void =>
    list.forEach((block) => {
      if (block.type === 'list') return items(block.items);
      if (block.type === 'table') return block.rows.flat().forEach((cell) => units.push({ text: cell, kind: 'text' }));
      units.push({ text: block.type === 'group' ? block.label : block.text, kind: 'text' });
      if (block.type === 'group') blocks(block.blocks);
    });
  for (const section of document.sections) {
    if (section.heading !== undefined) units.push({ text: section.heading, kind: 'heading' });
    blocks(section.blocks);
  }
  for (const delegation of document.delegations) {
    if (delegation.heading !== undefined) units.push({ text: delegation.heading, kind: 'heading' });
    for (const person of delegation.people) units.push({ text: `${person.name} ${person.position}`, kind: 'person', person });
  }
  return units;
}
