/** Agreements compared by structure, ids aside. */
import type { Agreement, Block, ListItem } from '../../../src/source/schema.js';

const itemShape = (item: ListItem): unknown => (item.items ? item.items.map(itemShape) : 'item');

const blockShape = (block: Block): unknown => {
  if (block.type === 'paragraph') return 'paragraph';
  if (block.type === 'list') return { list: block.items.map(itemShape), ordered: block.ordered === true };
  if (block.type === 'table') return { table: block.rows.map((row) => row.length) };
  return { group: block.blocks.map(blockShape) };
};

/** Sections (titled or not) with their blocks, list nesting and groups; people per delegation. */
export function agreementShape(agreement: Agreement): unknown {
  return {
    sections: agreement.sections.map((section) => ({ untitled: section.untitled === true, blocks: section.blocks.map(blockShape) })),
    delegations: agreement.delegations.map((delegation) => delegation.people.length),
  };
}

/** The locale keys of every text position, in document order: section titles, blocks, list items, delegations, people. */
export function textKeys(agreement: Agreement): string[] {
  const items = (list: ListItem[]): string[] => list.flatMap((item) => [`blocks.${item.id}`, ...items(item.items ?? [])]);
  const blocks = (list: Block[]): string[] =>
    list.flatMap((block) => {
      if (block.type === 'list') return items(block.items);
      if (block.type === 'group') return [`blocks.${block.id}`, ...blocks(block.blocks)];
      if (block.type === 'table') return block.rows.flat().map((cell) => `blocks.${cell}`);
      return [`blocks.${block.id}`];
    });
  return [
    ...agreement.sections.flatMap((section) => [...(section.untitled ? [] : [`sections.${section.id}`]), ...blocks(section.blocks)]),
    ...agreement.delegations.flatMap((delegation) => [
      `delegations.${delegation.id}`,
      ...delegation.people.flatMap((person) => [`people.${person.id}.name`, `people.${person.id}.position`]),
    ]),
  ];
}
