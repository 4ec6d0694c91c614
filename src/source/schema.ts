import { z } from 'zod';
import { agreementIds, listBlocks, walkAgreement } from './walk.js';

/** Ids become locale keys, HTML anchors and file names: keep them to a safe alphabet. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids use lowercase letters, digits and single hyphens (e.g. "risks-cn-1")');

const Tags = z.array(Id);

export const ListItemSchema = z.strictObject({
  id: Id,
  tags: Tags.optional(),
  get items() {
    return z.array(ListItemSchema).min(1).optional();
  },
});

const Paragraph = z.strictObject({ id: Id, type: z.literal('paragraph'), tags: Tags.optional() });

/**
 * `markers: printed`: each item's text starts with its marker as the document prints it ("a.",
 * "(1)", "（一）"), so writers add no bullet or number of their own.
 */
const List = z.strictObject({
  id: Id,
  type: z.literal('list'),
  ordered: z.boolean().optional(),
  markers: z.literal('printed').optional(),
  tags: Tags.optional(),
  items: z.array(ListItemSchema).min(1),
});

/**
 * A table other than a participants list: one id (locale key) per cell, `null` for an empty cell
 * (locale strings are never empty); `header` marks the first row as column headings.
 */
const Table = z.strictObject({
  id: Id,
  type: z.literal('table'),
  header: z.boolean().optional(),
  tags: Tags.optional(),
  rows: z.array(z.array(Id.nullable()).min(1)).min(1),
});

/** A labelled run of blocks ("Raised by the Chinese team:"): the label is the group's own text. */
const Group = z.strictObject({
  id: Id,
  type: z.literal('group'),
  tags: Tags.optional(),
  get blocks(): z.ZodArray<typeof BlockSchema> {
    return z.array(BlockSchema).min(1);
  },
});

export const BlockSchema = z.discriminatedUnion('type', [Paragraph, List, Table, Group]);

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

/** Ids are references (locale keys, anchors): each may be used once. A meeting ends on or after the day it starts. */
export const AgreementSchema = AgreementShape.superRefine((agreement, ctx) => {
  // ISO dates compare as text.
  const { start, end } = agreement.dates ?? {};
  if (start !== undefined && end !== undefined && end < start) {
    ctx.addIssue({ code: 'custom', path: ['dates', 'end'], message: `${end} is before the start date ${start}: correct one of them` });
  }
  const seen = new Set<string>();
  for (const { id, path } of agreementIds(agreement)) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `id "${id}" is already used above: section, block and item ids must be unique` });
    seen.add(id);
  }
  const lists = new Set(listBlocks(agreement).map((list) => list.id));
  agreement.recommendations.forEach((id, i) => {
    if (!lists.has(id)) ctx.addIssue({ code: 'custom', path: ['recommendations', i], message: `"${id}" is not the id of a list block` });
  });
  const people = new Set<string>();
  for (const node of walkAgreement(agreement)) {
    if (node.kind !== 'person') continue;
    if (people.has(node.person.id)) ctx.addIssue({ code: 'custom', path: node.path, message: `person id "${node.person.id}" is already used above` });
    people.add(node.person.id);
  }
});

export type Agreement = z.infer<typeof AgreementShape>;
export type Section = z.infer<typeof Section>;
export type Block = z.infer<typeof BlockSchema>;
export type ListBlock = z.infer<typeof List>;
export type TableBlock = z.infer<typeof Table>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type Delegation = z.infer<typeof Delegation>;
export type Person = z.infer<typeof Person>;
