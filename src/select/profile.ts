import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { z } from 'zod';
import { ContentError, UsageError } from '../errors.js';
import { selectContent } from './selection.js';
import { DEFAULT_FORMATS, FORMATS } from '../writers/index.js';
import { defaultAgreementId, listAgreementIds } from '../source/project.js';
import { Id, type Agreement } from '../source/schema.js';
import { walkAgreement } from '../source/walk.js';
import { findTextProblem } from '../source/text-problems.js';
import { loadYamlFile } from '../source/yaml-file.js';
import { PAPERS } from '../writers/common/paper.js';
import { LANGUAGES } from '../languages/index.js';
import { EDITION_IDS, editionSpec } from './editions.js';

export const PROFILES_DIR = path.join('data', 'profiles');

/** Packet components, in the order a full packet has them. */
export const COMPONENTS = ['cover', 'contents', 'summary', 'agreement', 'participants', 'glossary'] as const;
export type Component = (typeof COMPONENTS)[number];

/** "…; did you mean "risks"?" when a value is close to a valid one. */
function choices(value: unknown, valid: readonly string[]): string {
  const suggestion = typeof value === 'string' && valid.length ? closest(value, [...valid]) : undefined;
  return `valid: ${valid.join(', ')}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
}

/**
 * A value that must be one of `valid`, with an error naming the bad value, the choices and the closest
 * one. The choices are also its JSON Schema `enum`, for editors' completion.
 */
const oneOf = <T extends string>(what: string, valid: readonly T[]) =>
  z
    .string()
    .refine((value) => (valid as readonly string[]).includes(value), { error: (issue) => `unknown ${what} "${String(issue.input)}" (${choices(issue.input, valid)})` })
    .transform((value) => value as T)
    .meta({ enum: [...valid] });

/** Text a profile adds to its packet: non-empty, and fit for every format (see findTextProblem). */
const PacketText = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const problem = findTextProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
/** A text in the languages a profile gives it in, by language id: `{ en: "…", zh: "…" }`. */
const Localized = z.strictObject(Object.fromEntries(LANGUAGES.map((language) => [language.id, PacketText.optional()])));

/** The profile's texts: title and recipient, and note and marking when given, in every language of its edition. */
const LOCALIZED_FIELDS = ['title', 'recipient', 'note', 'marking'] as const;

/**
 * The profile schema for one agreement: section ids and tags are checked against its data. Without an
 * agreement (the JSON Schema of any profile), they are ids. Outputs are named after the id, so with a
 * `fileName` the id must be that name (without .yaml).
 */
export function profileSchema(agreement?: Agreement, fileName?: string) {
  const sectionId = agreement ? oneOf('section', agreement.sections.map((s) => s.id)) : Id;
  const tag = agreement ? oneOf('tag', agreementTags(agreement)) : Id;
  const selection = z.strictObject({ sections: z.array(sectionId).default([]), tags: z.array(tag).default([]) });
  const id = fileName === undefined ? Id : Id.refine((value) => value === fileName, { error: (issue) => `"${String(issue.input)}" differs from the file name "${fileName}": outputs are named <id>.pdf etc.; rename the file or change the id` });
  return z.strictObject({
    id,
    /** The agreement the profile is written for (default: the project's default agreement). */
    agreement: Id.optional(),
    title: Localized,
    recipient: Localized,
    edition: oneOf('edition', EDITION_IDS),
    include: selection.optional(),
    exclude: selection.optional(),
    components: z.array(oneOf('component', COMPONENTS)).min(1).default([...COMPONENTS]),
    note: Localized.optional(),
    marking: Localized.optional(),
    formats: z.array(oneOf('format', FORMATS)).min(1).default([...DEFAULT_FORMATS]),
    /** The packet's paper, unless --paper is given (default: data/config.yaml's, else A4). */
    paper: oneOf('paper', PAPERS).optional(),
  }).superRefine((profile, ctx) => {
    const languages = editionSpec(profile.edition)?.languages ?? [];
    for (const field of LOCALIZED_FIELDS) {
      const texts = profile[field];
      if (texts === undefined) continue;
      const missing = languages.find((lang) => texts[lang] === undefined);
      if (missing !== undefined) ctx.addIssue({ code: 'custom', path: [field, missing], message: `the edition ${profile.edition} is in ${languages.join(' and ')}: give the ${field} in ${missing} too` });
    }
  });
}

export type Profile = z.infer<ReturnType<typeof profileSchema>> & { file: string };

/** Every tag used on sections, blocks and items, sorted. */
export function agreementTags(agreement: Agreement): string[] {
  const tags = new Set<string>();
  for (const node of walkAgreement(agreement)) {
    const tagged = node.kind === 'section' ? node.section : node.kind === 'block' ? node.block : node.kind === 'item' ? node.item : undefined;
    tagged?.tags?.forEach((tag) => tags.add(tag));
  }
  return [...tags].sort();
}

/** Ids of the profiles under data/profiles, sorted. */
export async function listProfileIds(root: string): Promise<string[]> {
  try {
    return (await readdir(path.join(root, PROFILES_DIR))).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -5)).sort();
  } catch {
    return [];
  }
}

/** Where a profile given by id (data/profiles/<id>.yaml) or by path is, and how messages name it. */
export function profileLocation(root: string, reference: string): { byPath: boolean; file: string; displayName: string } {
  const byPath = reference.includes('/') || reference.includes(path.sep) || /\.ya?ml$/.test(reference);
  const displayName = byPath ? reference : path.join(PROFILES_DIR, `${reference}.yaml`);
  return { byPath, file: byPath ? path.resolve(reference) : path.join(root, displayName), displayName };
}

/** Just the field that says which agreement a profile is for; the rest is validated against that agreement. */
const AgreementField = z.object({ agreement: Id.optional() });

/**
 * The agreement a profile is written for: its `agreement:` field, else the default agreement
 * (undefined when the project has several and no default).
 */
export async function profileAgreementId(root: string, reference: string): Promise<string | undefined> {
  const { file, displayName } = await locateProfile(root, reference);
  const { agreement } = await loadYamlFile(file, displayName, AgreementField, 2);
  if (agreement !== undefined && !(await listAgreementIds(root)).includes(agreement)) {
    throw new ContentError(displayName, 'agreement', `unknown agreement "${agreement}" (${choices(agreement, await listAgreementIds(root))})`, 2);
  }
  return agreement ?? (await defaultAgreementId(root));
}

/** A profile's file, by id (data/profiles/<id>.yaml, which must exist) or by path. */
async function locateProfile(root: string, reference: string): Promise<{ file: string; displayName: string }> {
  const { byPath, file, displayName } = profileLocation(root, reference);
  if (!byPath) {
    const known = await listProfileIds(root);
    if (!known.includes(reference)) throw new UsageError(`unknown profile "${reference}" (${choices(reference, known)}); or pass a profile file's path`);
  }
  return { file, displayName };
}

/**
 * Loads a profile given by id (data/profiles/<id>.yaml) or by path and validates it against the
 * agreement it is written for, which must be `agreement`. Problems are bad input: exit 2, one line
 * naming the file, the field, the bad value and the valid choices.
 */
export async function loadProfile(root: string, reference: string, agreement: Agreement): Promise<Profile> {
  const { file, displayName } = await locateProfile(root, reference);
  const own = await profileAgreementId(root, reference);
  if (own !== undefined && own !== agreement.id) {
    throw new ContentError(displayName, 'agreement', `the profile is for agreement ${own}, not ${agreement.id}: build it with --agreement ${own}`, 2);
  }
  const profile = await loadYamlFile(file, displayName, profileSchema(agreement, path.basename(file).replace(/\.ya?ml$/, '')), 2);
  if (selectContent(agreement, profile.include, profile.exclude).agreement.sections.length === 0) {
    throw new ContentError(displayName, undefined, 'include/exclude: the selection is empty; choose sections or tags that `npx briefing list` shows', 2);
  }
  return { ...profile, file: displayName };
}
