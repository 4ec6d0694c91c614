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

export type Block =
  | { id: string; type: 'paragraph'; tags?: string[] }
  | { id: string; type: 'list'; ordered?: boolean; tags?: string[]; items: ListItem[] }
  | { id: string; type: 'group'; tags?: string[]; blocks: Block[] };

export const BlockSchema: z.ZodType<Block> = z.discriminatedUnion('type', [
  z.strictObject({ id: Id, type: z.literal('paragraph'), tags: Tags.optional() }),
  z.strictObject({
    id: Id,
    type: z.literal('list'),
    ordered: z.boolean().optional(),
    tags: Tags.optional(),
    items: z.array(ListItemSchema).min(1),
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
const Delegation = z.strictObject({ id: Id, people: z.array(Person).min(1) });

export const AgreementSchema = z.strictObject({
  id: Id,
  /** Locale namespace: locales/<lang>/<namespace>.json. */
  namespace: Id,
  session: z.number().int().positive(),
  dates: z.strictObject({ start: z.iso.date(), end: z.iso.date() }),
  venue: Id,
  organizers: z.array(Id).min(1),
  sections: z.array(Section).min(1),
  delegations: z.array(Delegation).default([]),
});

export type Agreement = z.infer<typeof AgreementSchema>;
export type Section = z.infer<typeof Section>;
export type Delegation = z.infer<typeof Delegation>;
