import type { Agreement, Block, ListItem, Section } from '../source/schema.js';

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

const hits = (tags: string[] | undefined, wanted: readonly string[]): boolean => (tags ?? []).some((t) => wanted.includes(t));

/**
 * Selects by section id and by tag, then removes what `exclude` names. A section chosen by id or by
 * its own tags comes whole; otherwise only its blocks and list items that carry a chosen tag (with
 * the list items they are nested under). Ids and order are kept, so an excerpt cites as the full text.
 */
export function selectContent(agreement: Agreement, include?: Criteria, exclude?: Criteria): Selection {
  const everything = !include || (include.sections.length === 0 && include.tags.length === 0);
  const out = exclude ?? { sections: [], tags: [] };
  const keepItems = (items: ListItem[], whole: boolean): ListItem[] =>
    items.flatMap((item) => {
      if (hits(item.tags, out.tags)) return [];
      const chosen = whole || hits(item.tags, include?.tags ?? []);
      const children = item.items ? keepItems(item.items, chosen) : undefined;
      if (!chosen && !children?.length) return [];
      return [{ ...item, ...(children?.length ? { items: children } : { items: undefined }) }];
    });
  const keepBlocks = (blocks: Block[], whole: boolean): Block[] =>
    blocks.flatMap((block): Block[] => {
      if (hits(block.tags, out.tags)) return [];
      const chosen = whole || hits(block.tags, include?.tags ?? []);
      if (block.type === 'list') {
        const items = keepItems(block.items, chosen);
        return items.length ? [{ ...block, items }] : [];
      }
      if (block.type === 'group') {
        const children = keepBlocks(block.blocks, chosen);
        return children.length ? [{ ...block, blocks: children }] : [];
      }
      return chosen ? [block] : [];
    });
  const sections: Section[] = agreement.sections.flatMap((section) => {
    if (out.sections.includes(section.id) || hits(section.tags, out.tags)) return [];
    const whole = everything || include!.sections.includes(section.id) || hits(section.tags, include!.tags);
    const blocks = keepBlocks(section.blocks, whole);
    return blocks.length ? [{ ...section, blocks }] : [];
  });
  const kept = new Set(sections.map((s) => s.id));
  const excerpt = JSON.stringify(sections) !== JSON.stringify(agreement.sections);
  return { agreement: { ...agreement, sections }, omitted: agreement.sections.map((s) => s.id).filter((id) => !kept.has(id)), excerpt };
}
