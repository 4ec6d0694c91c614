import path from 'node:path';
import type { Command } from 'commander';
import type { BuildRequest } from '../build/index.js';
import { UsageError } from '../errors.js';
import { FORMATS, type Format } from '../io/manifest.js';
import { EDITION_IDS, LAYOUTS } from '../select/editions.js';
import { listProfileIds, PROFILES_DIR } from '../select/profile.js';
import type { Layout } from '../tree/types.js';

/** The options `build` and `watch` share. */
export interface BuildOptions {
  root: string;
  agreement?: string;
  edition: string[];
  format: string[];
  profile: string[];
  allProfiles?: boolean;
  layout: string;
  out: string;
}

/** Where builds write, relative to the project root, unless --out says otherwise. */
export const DEFAULT_OUT_DIR = 'dist';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function addBuildOptions(command: Command): Command {
  return command
    .option('--edition <id>', `edition to build, repeatable (${EDITION_IDS.join(', ')}; default: all)`, collect, [])
    .option('--format <format>', `format to write, repeatable (${FORMATS.join(', ')}; default: all)`, collect, [])
    .option('--profile <id|file>', 'build a delegation packet from data/profiles/<id>.yaml or a profile file, repeatable', collect, [])
    .option('--all-profiles', 'build every profile in data/profiles')
    .option('--layout <layout>', `arrangement of bilingual editions (${LAYOUTS.join(', ')})`, 'parallel')
    .option('--out <dir>', 'output folder', DEFAULT_OUT_DIR);
}

function checkChoices(option: string, values: string[], choices: readonly string[]): void {
  const bad = values.find((v) => !choices.includes(v));
  if (bad !== undefined) throw new UsageError(`--${option} "${bad}" is not known: choose from ${choices.join(', ')}`);
}

/**
 * The build the options ask for: the editions (all when neither an edition nor a profile is named),
 * the profiles, formats and layout. Bad choices are usage errors (exit 2).
 */
export async function buildRequestFrom(options: BuildOptions): Promise<BuildRequest & { profiles: string[] }> {
  checkChoices('edition', options.edition, EDITION_IDS);
  checkChoices('format', options.format, FORMATS);
  checkChoices('layout', [options.layout], LAYOUTS);
  const root = path.resolve(options.root);
  const profiles = [...new Set([...(options.allProfiles ? await listProfileIds(root) : []), ...options.profile])];
  if (options.allProfiles && profiles.length === 0) throw new UsageError(`--all-profiles: no profiles in ${PROFILES_DIR}/`);
  return {
    root,
    agreementId: options.agreement,
    editions: options.edition.length ? [...new Set(options.edition)] : profiles.length ? [] : [...EDITION_IDS],
    profiles,
    formats: (options.format.length ? [...new Set(options.format)] : [...FORMATS]) as Format[],
    outDir: path.resolve(root, options.out),
    layout: options.layout as Layout,
  };
}
