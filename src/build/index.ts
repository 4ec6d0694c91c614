import path from 'node:path';
import { checkGlyphs, composeEdition, openProject } from '../compose/project.js';
import { writeFileAtomic } from '../io/atomic.js';
import { describeOutput, writeManifest, type Format, type ManifestEntry } from '../io/manifest.js';
import { editionSpec } from '../select/editions.js';
import type { ReviewFlag } from '../source/review.js';
import { sectionIds, type DocumentTree, type Layout } from '../tree/types.js';
import { writeDocx } from '../writers/docx/index.js';
import { embeddedFontFaces } from '../writers/html/fonts.js';
import { writeHtml } from '../writers/html/index.js';
import { writePdf } from '../writers/pdf/index.js';

export interface BuildRequest {
  root: string;
  agreementId?: string;
  editions: string[];
  formats: Format[];
  outDir: string;
  /** Arrangement of bilingual editions (default parallel). */
  layout?: Layout;
}

export interface BuildResult {
  outputs: ManifestEntry[];
  /** Translations of the built languages that are marked for review. */
  reviewFlags: ReviewFlag[];
}

const writers: Record<Format, (tree: DocumentTree) => Promise<Buffer>> = {
  pdf: (tree) => writePdf(tree),
  docx: (tree) => writeDocx(tree),
  html: async (tree) => Buffer.from(writeHtml(tree, await embeddedFontFaces(tree)), 'utf8'),
};

/**
 * Builds the requested editions. Every output is rendered before any file is written, so a
 * failure leaves the previous files untouched; then files are replaced atomically, manifest last.
 */
export async function build(request: BuildRequest): Promise<BuildResult> {
  const specs = request.editions.map((id) => editionSpec(id)!);
  const languages = [...new Set(specs.flatMap((s) => s.languages))];
  const project = await openProject(request.root, request.agreementId, languages);
  for (const lang of languages) await checkGlyphs(project, lang);

  const rendered = await Promise.all(
    specs.flatMap((spec) => {
      const tree = composeEdition(project, spec, request.layout);
      return request.formats.map(async (format) => {
        const content = await writers[format](tree);
        const entry = describeOutput(content, {
          file: `${spec.id}.${format}`,
          format,
          edition: spec.id,
          profile: null,
          languages: spec.languages,
          sections: sectionIds(tree),
        });
        return { content, entry };
      });
    }),
  );

  for (const { content, entry } of rendered) await writeFileAtomic(path.join(request.outDir, entry.file), content);
  const outputs = rendered.map((r) => r.entry);
  await writeManifest(request.outDir, outputs);
  return { outputs, reviewFlags: project.reviewFlags };
}
