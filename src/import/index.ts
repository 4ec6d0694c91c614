/**
 * `briefing import`: a new agreement from its text (data and English strings), or an existing
 * translation attached to an imported agreement.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_LANGUAGE } from '../source/keys.js';
import { BriefingError, ContentError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { GLOSSARY_FILE, loadGlossary } from '../source/glossary.js';
import { loadLocaleFile, localeValue } from '../source/locales.js';
import { AGREEMENTS_DIR } from '../source/folders.js';
import { loadAgreement } from '../source/project.js';
import { AgreementSchema, Id } from '../source/schema.js';
import { agreementIds } from '../source/walk.js';
import { schemaComment } from '../source/json-schemas.js';
import { toAgreement } from './agreement.js';
import { alignTranslation, type AlignmentSummary } from './align.js';
import { alignmentReport } from './alignment-report.js';
import { writeAll, type WrittenFile } from './files.js';
import { assertBuildable } from './validate.js';
import { chooseNamespace } from './namespace.js';
import { readSource } from './readers/index.js';
import { agreementYaml, localeJson, localeTree } from './serialize.js';
import { structure } from './structure.js';

export interface ImportRequest {
  root: string;
  /** The file to read; `displayName` is how the user wrote it, for messages (default: `file`). */
  file: string;
  displayName?: string;
  /** The agreement id: the new one, or the one a translation belongs to. */
  id: string;
  force?: boolean;
}

export interface ImportReport {
  written: WrittenFile[];
  /** What the importer guessed or could not find, for the user to review. */
  notes: string[];
}

export async function importAgreement(request: ImportRequest): Promise<ImportReport> {
  const { root, file, id } = request;
  const displayName = request.displayName ?? file;
  assertId(id);
  const document = structure(await readSource(file, displayName));
  if (document.sections.length === 0) throw new ContentError(displayName, undefined, 'no text besides the title and participants: is this the agreement?', 2);

  const namespace = await chooseNamespace(root, id);
  const fallbackTitle = path.basename(file, path.extname(file));
  const { agreement: data, strings, notes } = toAgreement(document, { id, namespace, fallbackTitle });
  const checked = AgreementSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new BriefingError(`internal error: the imported agreement is invalid at ${issue.path.join('.')}: ${issue.message} (nothing was written)`);
  }
  const agreement = checked.data;

  const blocks = agreementIds(agreement).length - agreement.sections.length;
  const people = agreement.delegations.reduce((sum, delegation) => sum + delegation.people.length, 0);
  const agreementFile = path.join(AGREEMENTS_DIR, `${id}.yaml`);
  const planned = [
    {
      file: agreementFile,
      content: agreementYaml(data, `${schemaComment(agreementFile, 'agreement.schema.json')}\n Structure of an agreement imported from ${path.basename(file)} by \`briefing import\`.\n Words live in locales/<lang>/${namespace}.json, keyed by the ids below.`),
      summary: `${agreement.sections.length} sections, ${blocks} blocks and list items, ${people} participants`,
    },
    { file: path.join('locales', SOURCE_LANGUAGE, `${namespace}.json`), content: localeJson(strings), summary: 'English strings' },
  ];
  assertBuildable(planned, displayName);
  const written = await writeAll(root, planned, request.force === true);
  return { written, notes };
}

export interface TranslationReport extends ImportReport {
  summary: AlignmentSummary;
  /** The alignment report's path. */
  report: string;
  /** The review file, relative to the project root. */
  reviewFile: string;
}

export { summaryLines } from './alignment-report.js';

export async function importTranslation(request: ImportRequest & { lang: string; outDir: string }): Promise<TranslationReport> {
  const { root, file, id, lang } = request;
  const displayName = request.displayName ?? file;
  if (lang === SOURCE_LANGUAGE) throw new UsageError(`--lang ${lang}: English is the source; import it without --lang`);
  if (!/^[a-z]{2,3}(?:-[a-z0-9]+)*$/i.test(lang)) throw new UsageError(`--lang "${lang}": give a language code such as zh`);
  assertId(id);
  const agreement = await loadAgreement(root, id);
  const english = await loadLocaleFile(root, path.join('locales', SOURCE_LANGUAGE, `${agreement.namespace}.json`));
  const translation = structure(await readSource(file, displayName));
  const glossary = existsSync(path.join(root, GLOSSARY_FILE)) ? await loadGlossary(root) : [];
  const alignment = alignTranslation({ agreement, english, translation, glossary, file: displayName, lang });
  const { aligned, review, summary, missing } = alignment;

  // The English each string was aligned with, so that `check` knows the translations are current.
  const sources = [...aligned.keys()].sort().map((key): [string, string] => [key, String(localeValue(english, key) ?? '')]);
  const localeFile = path.join('locales', lang, `${agreement.namespace}.json`);
  const reviewFile = path.join('locales', lang, `${agreement.namespace}.review.json`);
  const planned = [
    { file: localeFile, content: localeJson(localeTree(aligned)), summary: `${aligned.size} strings aligned with the English` },
    { file: path.join('locales', lang, `${agreement.namespace}.source.json`), content: jsonFile(Object.fromEntries(sources)), summary: 'the English each string was aligned with' },
    { file: reviewFile, content: jsonFile(Object.fromEntries(review)), summary: `${review.size} uncertain pairs to review` },
  ];
  assertBuildable(planned, displayName);
  const written = await writeAll(root, planned, request.force === true);
  const report = path.join(request.outDir, `alignment-${id}-${lang}.html`);
  await writeFileAtomic(report, await alignmentReport(alignment, { file: path.basename(file), id, lang, reviewFile }));
  const notes = [...translation.notes];
  if (missing.length > 0) {
    const examples = missing.slice(0, 3).join(', ');
    notes.push(`${missing.length} strings are not in the translated file (${examples}${missing.length > 3 ? ', …' : ''}): add them to ${localeFile}; \`briefing check --agreement ${id}\` lists them`);
  }
  if (summary.doubt !== undefined) notes.push(summary.doubt);
  return { written, notes, summary, report, reviewFile };
}

const jsonFile = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function assertId(id: string): void {
  if (!Id.safeParse(id).success) throw new UsageError(`--id "${id}": ids use lowercase letters, digits and single hyphens (e.g. track2-digital-economy-2022)`);
}
