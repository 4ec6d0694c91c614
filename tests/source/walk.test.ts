import { describe, expect, it } from 'vitest';
import { AgreementSchema } from '../../src/source/schema.js';
import { usedKeys } from '../../src/source/keys.js';
import { agreementIds, listBlocks, pruneSections, walkAgreement } from '../../src/source/walk.js';

/** One node of every kind, nested as deep as the schema allows. */
const agreement = AgreementSchema.parse({
  id: 'sample',
  namespace: 'sample',
  sections: [
    { id: 'opening', untitled: true, blocks: [{ id: 'opening-p1', type: 'paragraph' }] },
    {
      id: 'risks',
      tags: ['security'],
      blocks: [
        {
          id: 'raised',
          type: 'group',
          blocks: [
            { id: 'raised-list', type: 'list', items: [{ id: 'item-1', tags: ['trade'], items: [{ id: 'item-1-a' }] }, { id: 'item-2' }] },
          ],
        },
        { id: 'figures', type: 'table', header: true, rows: [['cell-a', 'cell-b'], ['cell-c', 'cell-d']] },
      ],
    },
  ],
  delegations: [{ id: 'us', people: [{ id: 'smith', affiliations: ['acme'] }] }, { id: 'cn', untitled: true, people: [{ id: 'li' }] }],
  recommendations: ['raised-list'],
});

describe('the walk of an agreement', () => {
  it('visits every node once, in reading order, with the keys it prints', () => {
    const seen = [...walkAgreement(agreement)].map((node) => `${node.kind}:${node.keys.join('+')}`);
    expect(seen).toEqual([
      'section:',
      'block:blocks.opening-p1',
      'section:sections.risks',
      'block:blocks.raised',
      'block:',
      'item:blocks.item-1',
      'item:blocks.item-1-a',
      'item:blocks.item-2',
      'block:',
      'cell:blocks.cell-a',
      'cell:blocks.cell-b',
      'cell:blocks.cell-c',
      'cell:blocks.cell-d',
      'delegation:delegations.us',
      'person:people.smith.name+people.smith.position',
      'delegation:',
      'person:people.li.name+people.li.position',
    ]);
  });

  it('gives each id the path zod reports for it', () => {
    const paths = Object.fromEntries(agreementIds(agreement).map(({ id, path }) => [id, path.join('.')]));
    expect(paths['item-1-a']).toBe('sections.1.blocks.0.blocks.0.items.0.items.0.id');
    expect(paths['cell-c']).toBe('sections.1.blocks.1.rows.1.0');
    expect(Object.keys(paths)).toHaveLength(13);
  });

  it('finds nested lists, and the schema refuses an id used twice at the walk’s path', () => {
    expect(listBlocks(agreement).map((list) => list.id)).toEqual(['raised-list']);
    const twice = structuredClone(agreement);
    twice.sections[1]!.blocks[1] = { id: 'figures', type: 'table', rows: [['item-1-a']] };
    const result = AgreementSchema.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sections', 1, 'blocks', 1, 'rows', 0, 0]);
  });

  it('lists every key the agreement uses, participants under their own heading', () => {
    const keys = usedKeys(agreement);
    expect(keys.find((k) => k.key === 'blocks.cell-d')?.section).toBe('risks');
    expect(keys.filter((k) => k.section === 'participants').map((k) => k.key)).toEqual([
      'delegations.us',
      'people.smith.name',
      'people.smith.position',
      'people.li.name',
      'people.li.position',
      'organizations.acme',
    ]);
  });

  it('prunes to the chosen nodes, keeping the containers of a chosen item', () => {
    const pruned = pruneSections(agreement.sections, (node, parentChosen) => parentChosen || (node.tags ?? []).includes('trade'), () => false);
    expect([...walkAgreement({ sections: pruned, delegations: [] })].flatMap((node) => node.keys)).toEqual([
      'sections.risks',
      'blocks.raised',
      'blocks.item-1',
      'blocks.item-1-a',
    ]);
    const dropped = pruneSections(agreement.sections, (node) => ((node.tags ?? []).includes('trade') ? 'drop' : true), () => true);
    expect([...walkAgreement({ sections: dropped, delegations: [] })].some((node) => node.keys.includes('blocks.item-1-a'))).toBe(false);
  });
});
