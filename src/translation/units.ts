/**
 * The translation units of an export: every string of the agreement (and the UI strings) in
 * document order, grouped by section, with its state and what a translator needs beside it.
 */
import path from 'node:path';
import { stripInlineMarkup } from '../compose/inline-markup.js';
import { COMMON_NS } from '../source/locales.js';
import { loadGlossary, renderedTermsIn, type TermRendering } from '../source/glossary.js';
import { SOURCE_LANGUAGE } from '../source/keys.js';
import { previousSources } from './previous-source.js';
import { exchangedKeys, stateOf, type Records, type UnitState } from './records.js';

export interface ExportUnit {
  key: string;
  source: string;
  target?: string;
  state: UnitState;
  /** For a stale translation: the English it was made from, or null when that is not on record. */
  previousSource?: string | null;
  reviewReason?: string;
  /** The glossary terms the English uses, with their required renderings in the target language. */
  terms: TermRendering[];
  maxLength?: LengthLimit;
}

export interface ExportGroup {
  id: string;
  /** The section heading in English (or what the group is), shown to the translator as context. */
  heading: string;
  units: ExportUnit[];
}

export interface LengthLimit {
  max: number;
  why: string;
}

/** Strings whose place in the layout is narrow: a translation longer than this wraps or overflows. */
const LENGTH_LIMITS: [RegExp, LengthLimit][] = [
  [/^meta\.shortTitle$/, { max: 40, why: 'the running header of every PDF and DOCX page, on one line' }],
  [/^common:(language|showLanguages|bothLanguages)$/, { max: 12, why: 'a button of the HTML language switch' }],
  [/^common:(participantName|participantPosition|glossaryEnglish|glossaryChinese)$/, { max: 30, why: 'a table column heading' }],
];

export type Selection = 'new' | 'stale' | 'review' | 'all';
const SELECTED_STATE: Record<Exclude<Selection, 'all'>, UnitState> = { new: 'initial', stale: 'translated', review: 'reviewed' };

export async function exportGroups(root: string, records: Records, only: Selection): Promise<ExportGroup[]> {
  const { catalog, source, target } = records;
  const glossary = await loadGlossary(root);
  const keys = exchangedKeys(catalog).filter(({ key }) => only === 'all' || stateOf(records, key) === SELECTED_STATE[only]);
  const stale = new Map(keys.filter(({ key }) => stateOf(records, key) === 'translated' && records.fingerprints[key]).map(({ key }) => [key, records.fingerprints[key]!]));
  const englishFile = (key: string): string => catalog.fileOf(SOURCE_LANGUAGE, key);
  const previous = stale.size > 0 ? await previousSources(root, stale, englishFile, catalog.agreement.namespace) : new Map<string, string>();

  const groups: ExportGroup[] = [];
  for (const { key, group } of keys) {
    let current = groups.at(-1);
    if (current?.id !== group) groups.push((current = { id: group, heading: headingOf(records, group), units: [] }));
    const state = stateOf(records, key);
    const english = source.get(key) ?? '';
    current.units.push({
      key,
      source: english,
      target: state === 'initial' ? undefined : target.get(key),
      state,
      previousSource: state === 'translated' ? (previous.get(key) ?? null) : undefined,
      reviewReason: records.flags.get(key),
      terms: renderedTermsIn(stripInlineMarkup(english), glossary, records.lang),
      maxLength: LENGTH_LIMITS.find(([pattern]) => pattern.test(key))?.[1],
    });
  }
  return groups;
}

/** A section's English heading; the other groups say what they hold. */
function headingOf({ catalog, source }: Records, group: string): string {
  const section = catalog.agreement.sections.find((s) => s.id === group);
  if (section) return section.untitled ? (source.get(`${COMMON_NS}:openingSection`) ?? 'Opening') : (source.get(`sections.${group}`) ?? group);
  const fixed: Record<string, string> = {
    title: `Title block of “${source.get('meta.title') ?? catalog.agreement.id}”`,
    participants: source.get(`${COMMON_NS}:participants`) ?? 'Participants',
    interface: `Interface strings (${path.join('locales', SOURCE_LANGUAGE, `${COMMON_NS}.json`)})`,
  };
  return fixed[group] ?? group;
}
