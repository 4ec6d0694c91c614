import path from 'node:path';
import { issueDate } from '../compose/issue-date.js';
import { checkGlyphs, composeDocument, openProject, type Project } from '../compose/project.js';
import { describeOutput, type ManifestEntry } from '../io/manifest.js';
import { publishBuild, stageFile } from '../io/publish.js';
import { editionSpec, type EditionSpec } from '../select/editions.js';
import { loadProfile, type Component, type Profile } from '../select/profile.js';
import { selectContent } from '../select/selection.js';
import { loadAgreement, loadConfig } from '../source/project.js';
import type { ReviewFlag } from '../source/review.js';
import { componentIds, sectionIds, type DocumentTree, type Layout } from '../tree/types.js';
import { DEFAULT_PAPER, type Paper } from '../writers/common/paper.js';
import { OUTPUT_FORMATS, type Format, type WriteOptions } from '../writers/index.js';
import type { PdfStandard } from '../writers/pdf/tagging.js';
import { inputRecordUpdate, outputHash, readInputRecord, sharedInputs, stillThere, usedStringsRecord, type InputRecord, type OutputInputs, type UsedStrings } from './inputs.js';
import { onTwoThreads, settleAll, type SecondThread } from './threads.js';

export interface BuildRequest {
  root: string;
  agreementId?: string;
  /** Standard editions to build. */
  editions: string[];
  /** Profiles to build, by id (data/profiles/<id>.yaml) or file path. */
  profiles?: string[];
  /** Formats to write; a profile writes those of its `formats` that are listed here. */
  formats: Format[];
  outDir: string;
  /** Arrangement of bilingual editions (default parallel). */
  layout?: Layout;
  /** Paper for every output (--paper); otherwise a profile's, then data/config.yaml's, then A4. */
  paper?: Paper;
  /** The standard PDFs claim besides PDF/UA-1 (--pdf-standard). */
  pdfStandard?: PdfStandard;
  /**
   * Write the outputs into this staging folder and leave publishing them to the caller (a batch's
   * workers); by default the build stages its outputs and publishes them itself (io/publish.ts).
   */
  stagingDir?: string;
  /** Rebuild every output, even those whose inputs are unchanged since they were written. */
  force?: boolean;
}

export interface BuildResult {
  /** The outputs written by this build. */
  outputs: ManifestEntry[];
  /** Requested outputs skipped because nothing they are made from changed (file names). */
  unchanged: string[];
  /** What the written outputs were made from (for the batch, which writes the record once). */
  inputs: InputRecord;
  /** Translations of the built languages that are marked for review. */
  reviewFlags: ReviewFlag[];
}

/** One document to make: a standard edition, or a profile's packet. */
interface Job {
  name: string;
  edition: EditionSpec;
  components: readonly Component[];
  formats: Format[];
  profile?: Profile;
  paper: Paper;
}

/** A standard edition is the agreement and its participants. */
const EDITION_COMPONENTS: readonly Component[] = ['agreement', 'participants'];

/** One output to render: a job in one of its formats. */
interface Output {
  job: Job;
  format: Format;
}

/** An output rendered and staged, with what it was made from. */
interface Rendered {
  entry: ManifestEntry;
  input: OutputInputs;
}

/** A job's document tree, and the locale strings its text used. */
interface Composed {
  tree: DocumentTree;
  strings: Record<string, string[]>;
}

function composeJob(project: Project, job: Job, layout: Layout): Composed {
  const selection = selectContent(project.agreement, job.profile?.include, job.profile?.exclude);
  const used: UsedStrings = new Map();
  const tree = composeDocument(project, { edition: job.edition, layout, components: job.components, selection, profile: job.profile, used });
  return { tree, strings: usedStringsRecord(used) };
}

/** Describes one output of a job, rendered from `tree`, and stages it. */
async function stageOutput(tree: DocumentTree, { job, format }: Output, content: Buffer, stagingDir: string): Promise<ManifestEntry> {
  const entry = describeOutput(content, {
    file: `${job.name}.${format}`,
    format,
    edition: job.edition.id,
    profile: job.profile?.id ?? null,
    languages: job.edition.languages,
    sections: sectionIds(tree),
    components: componentIds(tree),
  });
  await stageFile(stagingDir, entry.file, content);
  return entry;
}

/** What one output of a job is made from besides the shared inputs and its strings. */
function ownInputs(job: Job, format: Format): object {
  const { name, edition, components, profile, paper } = job;
  // A packet's cover carries its date of issue (today, or SOURCE_DATE_EPOCH).
  return { name, edition, components, profile, paper, format, issued: components.includes('cover') ? issueDate() : undefined };
}

/** Fields of a request that say where and what to build; every other one (layout, paper …) changes how outputs look. */
const NOT_RENDERING: readonly string[] = ['root', 'outDir', 'editions', 'profiles', 'formats', 'stagingDir', 'force'];

/** The options of a request that change what is rendered, so that an option added later is an input without further ado. */
function renderingOptions(request: BuildRequest): object {
  return { layout: 'parallel', ...Object.fromEntries(Object.entries(request).filter(([name]) => !NOT_RENDERING.includes(name))) };
}

/** The jobs a request asks for: its standard editions, then its profiles. */
async function jobsFor(request: BuildRequest): Promise<Job[]> {
  const agreement = await loadAgreement(request.root, request.agreementId);
  const profiles = await Promise.all((request.profiles ?? []).map((reference) => loadProfile(request.root, reference, agreement)));
  const configured = (await loadConfig(request.root)).paper ?? DEFAULT_PAPER;
  return [
    ...request.editions.map((id) => ({ name: id, edition: editionSpec(id)!, components: EDITION_COMPONENTS, formats: request.formats, paper: request.paper ?? configured })),
    ...profiles.map((profile) => ({
      name: profile.id,
      edition: editionSpec(profile.edition)!,
      components: profile.components,
      formats: request.formats.filter((f) => profile.formats.includes(f)),
      profile,
      paper: request.paper ?? profile.paper ?? configured,
    })),
  ];
}

/** The languages of the outputs a request asks for. */
export async function requestLanguages(request: BuildRequest): Promise<string[]> {
  return [...new Set((await jobsFor(request)).flatMap((job) => job.edition.languages))];
}

/**
 * Builds the requested editions and profiles, skipping outputs whose inputs are unchanged since they
 * were written (unless `force`), and publishes them all-or-nothing: every output is staged first,
 * then they are published together with manifest.json and the record of inputs (io/publish.ts).
 * A failure leaves the previous outputs as they were.
 */
export async function build(request: BuildRequest, secondThread?: SecondThread): Promise<BuildResult> {
  if (request.stagingDir !== undefined) return stageOutputs(request, request.stagingDir);
  return publishBuild(request.outDir, request.root, (stagingDir) => stageOutputs(request, stagingDir, secondThread), (result) => [inputRecordUpdate(result.inputs)]);
}

/** Renders the outputs whose inputs changed into the staging folder. */
async function stageOutputs(request: BuildRequest, stagingDir: string, secondThread?: SecondThread): Promise<BuildResult> {
  const jobs = await jobsFor(request);
  const languages = [...new Set(jobs.flatMap((job) => job.edition.languages))];
  const project = await openProject(request.root, request.agreementId, languages);
  const reviewFlags = project.reviewFlags.filter((flag) => languages.includes(flag.file.split(path.sep)[1]!));

  const shared = await sharedInputs({ agreement: project.agreement, templates: project.templates.hash, glossary: project.glossary, options: renderingOptions(request) });
  const previous = request.force ? {} : await readInputRecord(request.outDir);
  const unchanged: string[] = [];
  const stale: Output[] = [];
  for (const job of jobs) {
    for (const format of job.formats) {
      const file = `${job.name}.${format}`;
      const before = previous[file];
      const same = before !== undefined && before.hash === outputHash(shared, ownInputs(job, format), before.strings, project.i18n) && (await stillThere(request.outDir, file, before));
      if (same) unchanged.push(file);
      else stale.push({ job, format });
    }
  }

  for (const lang of new Set(stale.flatMap(({ job }) => job.edition.languages))) await checkGlyphs(project, lang);
  const layout = request.layout ?? 'parallel';
  // A job's tree is composed once, on this thread, for the first of its formats rendered on either.
  const composed = new Map<Job, Composed>();
  const options = (job: Job): WriteOptions => ({ paper: job.paper, pdfStandard: request.pdfStandard });
  const render = (write: SecondThread['render']) => async (output: Output): Promise<Rendered> => {
    const { job, format } = output;
    if (!composed.has(job)) composed.set(job, composeJob(project, job, layout));
    const { tree, strings } = composed.get(job)!;
    const entry = await stageOutput(tree, output, await write(tree, format, options(job)), stagingDir);
    return { entry, input: { hash: outputHash(shared, ownInputs(job, format), strings, project.i18n), strings, bytes: entry.bytes } };
  };
  const renderHere = render((tree, format, writeOptions) => OUTPUT_FORMATS[format].write(tree, writeOptions));
  const rendered =
    secondThread && stale.length > 1
      ? await onTwoThreads(stale, ({ job, format }) => OUTPUT_FORMATS[format].renderCost * job.edition.languages.length, renderHere, render(secondThread.render))
      : await settleAll(stale.map(renderHere));
  return { outputs: rendered.map((r) => r.entry), unchanged, inputs: Object.fromEntries(rendered.map((r) => [r.entry.file, r.input])), reviewFlags };
}
