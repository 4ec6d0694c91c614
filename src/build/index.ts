import path from 'node:path';
import { checkGlyphs, composeDocument, openProject, type Project } from '../compose/project.js';
import { removeStaleTemporaryFiles, writeFileAtomic } from '../io/atomic.js';
import { describeOutput, writeManifest, type Format, type ManifestEntry } from '../io/manifest.js';
import { editionSpec, type EditionSpec } from '../select/editions.js';
import { loadProfile, type Component, type Profile } from '../select/profile.js';
import { selectContent } from '../select/selection.js';
import { loadAgreement, loadConfig } from '../source/project.js';
import type { ReviewFlag } from '../source/review.js';
import { componentIds, sectionIds, type DocumentTree, type Layout } from '../tree/types.js';
import { DEFAULT_PAPER, type Paper } from '../writers/common/paper.js';
import { writeDocx } from '../writers/docx/index.js';
import { embeddedFontFaces } from '../writers/html/fonts.js';
import { writeHtml } from '../writers/html/index.js';
import { writePdf } from '../writers/pdf/index.js';
import type { PdfStandard } from '../writers/pdf/tagging.js';

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
  /** Write manifest.json (default true); a batch writes it once, after all its workers. */
  manifest?: boolean;
}

export interface BuildResult {
  outputs: ManifestEntry[];
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

/** How a document is set, beyond its tree. */
interface RenderOptions {
  paper: Paper;
  pdfStandard?: PdfStandard;
}

/** A standard edition is the agreement and its participants. */
const EDITION_COMPONENTS: readonly Component[] = ['agreement', 'participants'];

const writers: Record<Format, (tree: DocumentTree, options: RenderOptions) => Promise<Buffer>> = {
  pdf: (tree, { paper, pdfStandard }) => writePdf(tree, { paper, standard: pdfStandard }),
  docx: (tree, { paper }) => writeDocx(tree, paper),
  html: async (tree, { paper }) => Buffer.from(writeHtml(tree, await embeddedFontFaces(tree), paper), 'utf8'),
};

/** Renders one job in each of its formats; the tree is built once and handed to every writer. */
async function renderJob(project: Project, job: Job, layout: Layout, pdfStandard?: PdfStandard): Promise<{ content: Buffer; entry: ManifestEntry }[]> {
  const selection = selectContent(project.agreement, job.profile?.include, job.profile?.exclude);
  const tree = composeDocument(project, { edition: job.edition, layout, components: job.components, selection, profile: job.profile });
  return Promise.all(
    job.formats.map(async (format) => {
      const content = await writers[format](tree, { paper: job.paper, pdfStandard });
      const entry = describeOutput(content, {
        file: `${job.name}.${format}`,
        format,
        edition: job.edition.id,
        profile: job.profile?.id ?? null,
        languages: job.edition.languages,
        sections: sectionIds(tree),
        components: componentIds(tree),
      });
      return { content, entry };
    }),
  );
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

/**
 * Builds the requested editions and profiles. Every output is rendered before any file is written,
 * so a failure leaves the previous files untouched; then files are replaced atomically, manifest last.
 */
export async function build(request: BuildRequest): Promise<BuildResult> {
  const jobs = await jobsFor(request);
  const languages = [...new Set(jobs.flatMap((job) => job.edition.languages))];
  const project = await openProject(request.root, request.agreementId, languages);
  for (const lang of languages) await checkGlyphs(project, lang);

  const rendered = (await Promise.all(jobs.map((job) => renderJob(project, job, request.layout ?? 'parallel', request.pdfStandard)))).flat();
  await removeStaleTemporaryFiles(request.outDir);
  for (const { content, entry } of rendered) await writeFileAtomic(path.join(request.outDir, entry.file), content);
  const outputs = rendered.map((r) => r.entry);
  if (request.manifest !== false) await writeManifest(request.outDir, outputs);
  return { outputs, reviewFlags: project.reviewFlags.filter((flag) => languages.includes(flag.file.split(path.sep)[1]!)) };
}
