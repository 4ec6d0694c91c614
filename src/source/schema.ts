import { z } from 'zod';

/** Ids become locale keys, HTML anchors and file names: keep them to a safe alphabet. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids use lowercase letters, digits and single hyphens (e.g. "risks-cn-1")');

const Tags = z.array(Id);

export interface ListItem {
  id: string;
  tags?: string[];
  items?: ListItem[];
}
export const ListItemSchema: z.ZodType<ListItem> = z.strictObject({
  id: Id,
  tags: Tags.optional(),
  get items() {
    return z.array(ListItemSchema).min(1).optional();
  },
});

/**
 * `markers: printed`: each item's text starts with its marker as the document prints it ("a.",
 * "(1)", "（一）"), so writers add no bullet or number of their own.
 */
export type Block =
  | { id: string; type: 'paragraph'; tags?: string[] }
  | { id: string; type: 'list'; ordered?: boolean; markers?: 'printed'; tags?: string[]; items: ListItem[] }
  | { id: string; type: 'group'; tags?: string[]; blocks: Block[] }
  | { id: string; type: 'table'; header?: boolean; tags?: string[]; rows: string[][] };

export const BlockSchema: z.ZodType<Block> = z.discriminatedUnion('type', [
  z.strictObject({ id: Id, type: z.literal('paragraph'), tags: Tags.optional() }),
  z.strictObject({
    id: Id,
    type: z.literal('list'),
    ordered: z.boolean().optional(),
    markers: z.literal('printed').optional(),
    tags: Tags.optional(),
    items: z.array(ListItemSchema).min(1),
  }),
  /** A table other than a participants list: one id (locale key) per cell; `header` marks the first row as column headings. */
  z.strictObject({
    id: Id,
    type: z.literal('table'),
    header: z.boolean().optional(),
    tags: Tags.optional(),
    rows: z.array(z.array(Id).min(1)).min(1),
  }),
  z.strictObject({
    id: Id,
    type: z.literal('group'),
    tags: Tags.optional(),
    get blocks() {
      return z.array(BlockSchema).min(1);
    },
  }),
]);

const Section = z.strictObject({
  id: Id,
  /** The opening paragraphs of an agreement usually have no heading. */
  untitled: z.boolean().optional(),
  tags: Tags.optional(),
  blocks: z.array(BlockSchema).min(1),
});

const Person = z.strictObject({ id: Id, affiliations: z.array(Id).default([]) });
/** `untitled`: a list with no heading of its own (the document says only "Participants", which the templates print). */
const Delegation = z.strictObject({ id: Id, untitled: z.boolean().optional(), people: z.array(Person).min(1) });

const AgreementShape = z.strictObject({
  id: Id,
  /** Locale namespace: locales/<lang>/<namespace>.json. */
  namespace: Id,
  /** What the document does not state is left out, never invented: session, dates, venue and organizers are optional. */
  session: z.number().int().positive().optional(),
  dates: z.strictObject({ start: z.iso.date(), end: z.iso.date() }).optional(),
  venue: Id.optional(),
  organizers: z.array(Id).default([]),
  sections: z.array(Section).min(1),
  delegations: z.array(Delegation).default([]),
  /** Lists whose items are the agreement's key recommendations (a packet's summary lists their lead phrases). */
  recommendations: z.array(Id).default([]),
});

type Path = (string | number)[];

/** Every section, block and list-item id with its path in the file, in document order. */
export function idsWithPaths(agreement: z.infer<typeof AgreementShape>): { id: string; path: Path }[] {
  const found: { id: string; path: Path }[] = [];
  const items = (list: ListItem[], at: Path): void =>
    list.forEach((item, i) => {
      found.push({ id: item.id, path: [...at, i, 'id'] });
      if (item.items) items(item.items, [...at, i, 'items']);
    });
  const blocks = (list: Block[], at: Path): void =>
    list.forEach((block, i) => {
      found.push({ id: block.id, path: [...at, i, 'id'] });
      if (block.type === 'list') items(block.items, [...at, i, 'items']);
      if (block.type === 'group') blocks(block.blocks, [...at, i, 'blocks']);
      if (block.type === 'table') block.rows.forEach((row, r) => row.forEach((cell, c) => found.push({ id: cell, path: [...at, i, 'rows', r, c] })));
    });
  agreement.sections.forEach((section, i) => {
    found.push({ id: section.id, path: ['sections', i, 'id'] });
    blocks(section.blocks, ['sections', i, 'blocks']);
  });
  return found;
}

/** Ids are references (locale keys, anchors): each may be used once. A meeting ends on or after the day it starts. */
export const AgreementSchema = AgreementShape.superRefine((agreement, ctx) => {
  // ISO dates compare as text.
  const { start, end } = agreement.dates ?? {};
  if (start !== undefined && end !== undefined && end < start) {
    ctx.addIssue({ code: 'custom', path: ['dates', 'end'], message: `${end} is before the start date ${start}: correct one of them` });
  }
  const seen = new Set<string>();
  for (const { id, path } of idsWithPaths(agreement)) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `id "${id}" is already used above: section, block and item ids must be unique` });
    seen.add(id);
  }
  const lists = new Set<string>();
  const findLists = (blocks: Block[]): void =>
    blocks.forEach((b) => (b.type === 'list' ? lists.add(b.id) : b.type === 'group' ? findLists(b.blocks) : undefined));
  agreement.sections.forEach((section) => findLists(section.blocks));
  agreement.recommendations.forEach((id, i) => {
    if (!lists.has(id)) ctx.addIssue({ code: 'custom', path: ['recommendations', i], message: `"${id}" is not the id of a list block` });
  });
  const people = new Set<string>();
  agreement.delegations.forEach((delegation, d) =>
    delegation.people.forEach((person, p) => {
      if (people.has(person.id)) ctx.addIssue({ code: 'custom', path: ['delegations', d, 'people', p, 'id'], message: `person id "${person.id}" is already used above` });
      people.add(person.id);
    }),
  );
});

export type Agreement = z.infer<typeof AgreementShape>;
export type Section = z.infer<typeof Section>;
export type Delegation = z.infer<typeof Delegation>;
