import path from 'node:path';
import type { Command } from 'commander';
import type { BuildRequest } from '../build/index.js';
import { UsageError } from '../errors.js';
import { DEFAULT_FORMATS, FORMATS, type Format } from '../writers/index.js';
import { assertOutputFolderAllowed } from '../io/output-folder.js';
import { DEFAULT_EDITION_IDS, EDITION_IDS, LAYOUTS } from '../select/editions.js';
import type { Layout } from '../tree/types.js';
import { PAPERS, type Paper } from '../writers/common/paper.js';
import { PDF_STANDARDS, type PdfStandard } from '../writers/pdf/tagging.js';

/** The options `build` and `watch` share. */
export interface BuildOptions {
  root: string;
  agreement?: string;
  /** Repeatable options: undefined when not given. */
  edition?: string[];
  format?: string[];
  profile?: string[];
  allProfiles?: boolean;
  layout: string;
  paper?: string;
  pdfStandard?: string;
  out: string;
  force?: boolean;
}

/** Where builds write, relative to the project root, unless --out says otherwise. */
export const DEFAULT_OUT_DIR = 'dist';

/** A repeatable option's values; no default, so that help does not show `(default: [])`. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function addBuildOptions(command: Command): Command {
  return command
    .option('--edition <id>', `edition to build, repeatable (${EDITION_IDS.join(', ')}; default: ${DEFAULT_EDITION_IDS.join(', ')})`, collect)
    .option('--format <format>', `format to write, repeatable (${FORMATS.join(', ')}; default: ${DEFAULT_FORMATS.join(', ')})`, collect)
    .option('--profile <id|file>', 'build a delegation packet from data/profiles/<id>.yaml or a profile file, repeatable', collect)
    .option('--all-profiles', 'build every profile in data/profiles')
    .option('--layout <layout>', `arrangement of bilingual editions (${LAYOUTS.join(', ')})`, 'parallel')
    .option('--paper <size>', `paper for PDF, DOCX and the HTML print sheet (${PAPERS.join(', ')}; default: a profile's, else data/config.yaml's, else a4)`)
    .option('--pdf-standard <standard>', `standard PDFs claim: ${PDF_STANDARDS.join(', ')} (pdfa-2u: PDF/A-2u as well, for archival copies)`, 'pdfua-1')
    .option('--out <dir>', 'output folder', DEFAULT_OUT_DIR)
    .option('--force', 'rebuild every output, also those whose inputs are unchanged since they were written');
}

function checkChoices(option: string, values: string[], choices: readonly string[]): void {
  const bad = values.find((v) => !choices.includes(v));
  if (bad !== undefined) throw new UsageError(`--${option} "${bad}" is not known: choose from ${choices.join(', ')}`);
}

/** --all-profiles: every profile of the project. */
async function allProfiles(root: string): Promise<string[]> {
  const { listProfileIds, PROFILES_DIR } = await import('../select/profile.js');
  const ids = await listProfileIds(root);
  if (ids.length === 0) throw new UsageError(`--all-profiles: no profiles in ${PROFILES_DIR}/`);
  return ids;
}

/**
 * The build the options ask for: the editions (all when neither an edition nor a profile is named),
 * the profiles, formats and layout. Bad choices are usage errors (exit 2).
 */
export async function buildRequestFrom(options: BuildOptions): Promise<BuildRequest & { profiles: string[] }> {
  const { edition = [], format = [], profile = [] } = options;
  checkChoices('edition', edition, EDITION_IDS);
  checkChoices('format', format, FORMATS);
  checkChoices('layout', [options.layout], LAYOUTS);
  if (options.paper !== undefined) checkChoices('paper', [options.paper], PAPERS);
  if (options.pdfStandard !== undefined) checkChoices('pdf-standard', [options.pdfStandard], PDF_STANDARDS);
  const root = path.resolve(options.root);
  assertOutputFolderAllowed(path.resolve(root, options.out), root);
  const profiles = [...new Set([...(options.allProfiles ? await allProfiles(root) : []), ...profile])];
  return {
    root,
    agreementId: options.agreement,
    editions: edition.length ? [...new Set(edition)] : profiles.length ? [] : [...DEFAULT_EDITION_IDS],
    profiles,
    formats: (format.length ? [...new Set(format)] : [...DEFAULT_FORMATS]) as Format[],
    outDir: path.resolve(root, options.out),
    layout: options.layout as Layout,
    force: options.force === true,
    ...(options.paper ? { paper: options.paper as Paper } : {}),
    ...(options.pdfStandard ? { pdfStandard: options.pdfStandard as PdfStandard } : {}),
  };
}
