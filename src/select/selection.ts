import type { Agreement } from '../source/schema.js';
import { pruneSections, type Tagged } from '../source/walk.js';

/** Which sections and tags to take or leave out (a profile's include / exclude). */
export interface Criteria {
  sections: string[];
  tags: string[];
}

/** The part of an agreement a packet carries. */
export interface Selection {
  /** The agreement with only the selected sections, blocks and items, in their original order. */
  agreement: Agreement;
  /** Ids of the sections left out entirely, in document order. */
  omitted: string[];
  /** Whether anything at all was left out (whole sections, or blocks within one). */
  excerpt: boolean;
}

const hits = (tags: Tagged['tags'], wanted: readonly string[]): boolean => (tags ?? []).some((t) => wanted.includes(t));

/**
 * Selects by section id and by tag, then removes what `exclude` names. A section chosen by id or by
 * its own tags comes whole; otherwise only its blocks and list items that carry a chosen tag (with
 * the list items they are nested under). Ids and order are kept, so an excerpt cites as the full text.
 */
export function selectContent(agreement: Agreement, include?: Criteria, exclude?: Criteria): Selection {
  const everything = !include || (include.sections.length === 0 && include.tags.length === 0);
  const out = exclude ?? { sections: [], tags: [] };
  const wanted = include?.tags ?? [];
  const sections = pruneSections(
    agreement.sections,
    (node, parentChosen) => (hits(node.tags, out.tags) ? 'drop' : parentChosen || hits(node.tags, wanted)),
    (section) =>
      out.sections.includes(section.id) || hits(section.tags, out.tags) ? 'drop' : everything || include!.sections.includes(section.id) || hits(section.tags, wanted),
  );
  const kept = new Set(sections.map((s) => s.id));
  const excerpt = JSON.stringify(sections) !== JSON.stringify(agreement.sections);
  return { agreement: { ...agreement, sections }, omitted: agreement.sections.map((s) => s.id).filter((id) => !kept.has(id)), excerpt };
}
