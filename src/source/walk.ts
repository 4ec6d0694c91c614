import type { Agreement, Block, Delegation, ListBlock, ListItem, Person, Section, TableBlock } from './schema.js';

/** Where a value stands in the agreement file, as zod reports paths. */
export type Path = (string | number)[];

interface At {
  /** The path of the node's id in the file. */
  path: Path;
  /** The locale keys the node prints, in reading order (none for a list or table: their items and cells print). */
  keys: string[];
  /** Those of `keys` printed only when the source language has them (a participant's position: not every list gives one). */
  optional?: string[];
}

/** One node of an agreement, in document order. */
export type AgreementNode =
  | (At & { kind: 'section'; section: Section })
  | (At & { kind: 'block'; block: Block; section: Section })
  | (At & { kind: 'item'; item: ListItem; list: ListBlock; depth: number; section: Section })
  | (At & { kind: 'cell'; id: string; table: TableBlock; row: number; column: number; section: Section })
  | (At & { kind: 'delegation'; delegation: Delegation })
  | (At & { kind: 'person'; person: Person; delegation: Delegation });

/** A compile error names the block type a switch forgot. */
export function unhandled(value: never): never {
  throw new Error(`unhandled node ${JSON.stringify(value)}`);
}

/**
 * Every section, block, list item, table cell, delegation and person of the agreement in reading
 * order: the one walk of the agreement's structure that everything reading it uses.
 */
export function* walkAgreement(agreement: Pick<Agreement, 'sections' | 'delegations'>): Generator<AgreementNode> {
  for (const [s, section] of agreement.sections.entries()) {
    yield { kind: 'section', section, path: ['sections', s, 'id'], keys: section.untitled ? [] : [`sections.${section.id}`] };
    yield* walkBlocks(section.blocks, section, ['sections', s, 'blocks']);
  }
  for (const [d, delegation] of agreement.delegations.entries()) {
    yield { kind: 'delegation', delegation, path: ['delegations', d, 'id'], keys: delegation.untitled ? [] : [`delegations.${delegation.id}`] };
    for (const [p, person] of delegation.people.entries()) {
      const position = `people.${person.id}.position`;
      yield { kind: 'person', person, delegation, path: ['delegations', d, 'people', p, 'id'], keys: [`people.${person.id}.name`, position], optional: [position] };
    }
  }
}

function* walkBlocks(blocks: readonly Block[], section: Section, at: Path): Generator<AgreementNode> {
  for (const [i, block] of blocks.entries()) {
    const path = [...at, i];
    switch (block.type) {
      case 'paragraph':
        yield { kind: 'block', block, section, path: [...path, 'id'], keys: [`blocks.${block.id}`] };
        break;
      case 'group':
        yield { kind: 'block', block, section, path: [...path, 'id'], keys: [`blocks.${block.id}`] };
        yield* walkBlocks(block.blocks, section, [...path, 'blocks']);
        break;
      case 'list':
        yield { kind: 'block', block, section, path: [...path, 'id'], keys: [] };
        yield* walkItems(block.items, block, 0, section, [...path, 'items']);
        break;
      case 'table':
        yield { kind: 'block', block, section, path: [...path, 'id'], keys: [] };
        for (const [r, row] of block.rows.entries()) {
          for (const [c, id] of row.entries()) {
            if (id === null) continue; // an empty cell prints nothing
            yield { kind: 'cell', id, table: block, row: r, column: c, section, path: [...path, 'rows', r, c], keys: [`blocks.${id}`] };
          }
        }
        break;
      default:
        unhandled(block);
    }
  }
}

function* walkItems(items: readonly ListItem[], list: ListBlock, depth: number, section: Section, at: Path): Generator<AgreementNode> {
  for (const [i, item] of items.entries()) {
    yield { kind: 'item', item, list, depth, section, path: [...at, i, 'id'], keys: [`blocks.${item.id}`] };
    if (item.items) yield* walkItems(item.items, list, depth + 1, section, [...at, i, 'items']);
  }
}

/** The id a node names in the file: sections, blocks, items and cells share one namespace (locale keys, anchors). */
export function agreementIds(agreement: Pick<Agreement, 'sections' | 'delegations'>): { id: string; path: Path }[] {
  const found: { id: string; path: Path }[] = [];
  for (const node of walkAgreement(agreement)) {
    if (node.kind === 'section') found.push({ id: node.section.id, path: node.path });
    else if (node.kind === 'block') found.push({ id: node.block.id, path: node.path });
    else if (node.kind === 'item') found.push({ id: node.item.id, path: node.path });
    else if (node.kind === 'cell') found.push({ id: node.id, path: node.path });
  }
  return found;
}

/** Every list block, nested ones included, in document order. */
export function listBlocks(agreement: Pick<Agreement, 'sections' | 'delegations'>): ListBlock[] {
  const lists: ListBlock[] = [];
  for (const node of walkAgreement(agreement)) if (node.kind === 'block' && node.block.type === 'list') lists.push(node.block);
  return lists;
}

/** Anything a selection can take or leave out by its tags. */
export interface Tagged {
  tags?: string[] | undefined;
}

/**
 * The sections with only the blocks and items `choose` keeps, in their original order. `choose`
 * sees each node with whether its parent was chosen and answers 'drop' (leave it and everything
 * under it out) or whether it is chosen; a chosen leaf is kept, and a container is kept when
 * anything under it is.
 */
export function pruneSections(sections: readonly Section[], choose: (node: Tagged, parentChosen: boolean) => boolean | 'drop', sectionChosen: (section: Section) => boolean | 'drop'): Section[] {
  const keepItems = (items: readonly ListItem[], parentChosen: boolean): ListItem[] =>
    items.flatMap((item) => {
      const chosen = choose(item, parentChosen);
      if (chosen === 'drop') return [];
      const children = item.items ? keepItems(item.items, chosen) : undefined;
      if (!chosen && !children?.length) return [];
      return [{ ...item, ...(children?.length ? { items: children } : { items: undefined }) }];
    });
  const keepBlocks = (blocks: readonly Block[], parentChosen: boolean): Block[] =>
    blocks.flatMap((block): Block[] => {
      const chosen = choose(block, parentChosen);
      if (chosen === 'drop') return [];
      switch (block.type) {
        case 'list': {
          const items = keepItems(block.items, chosen);
          return items.length ? [{ ...block, items }] : [];
        }
        case 'group': {
          const children = keepBlocks(block.blocks, chosen);
          return children.length ? [{ ...block, blocks: children }] : [];
        }
        case 'paragraph':
        case 'table':
          return chosen ? [block] : [];
        default:
          return unhandled(block);
      }
    });
  return sections.flatMap((section) => {
    const chosen = sectionChosen(section);
    if (chosen === 'drop') return [];
    const blocks = keepBlocks(section.blocks, chosen);
    return blocks.length ? [{ ...section, blocks }] : [];
  });
}
