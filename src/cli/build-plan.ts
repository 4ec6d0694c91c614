/**
 * Which agreements a build covers, and what it builds of each: `--agreement A --agreement B` or
 * `--all-agreements` name them; without them the editions are the default agreement's and every
 * profile is built for the agreement it names. Several agreements go to `<out>/<agreement id>/`,
 * each folder with its own manifest.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import { profileAgreementId } from '../select/profile.js';
import { CONFIG_FILE, listAgreementIds, loadAgreement } from '../source/project.js';
import type { BuildRequest } from '../build/index.js';
import { buildRequestFrom, type BuildOptions } from './build-options.js';

export type SeveralAgreementsOptions = Omit<BuildOptions, 'agreement'> & { agreement?: string[]; allAgreements?: boolean };

export type BuildPlan = BuildRequest & { agreementId: string; profiles: string[] };

export async function buildPlans(options: SeveralAgreementsOptions): Promise<BuildPlan[]> {
  const request = await buildRequestFrom({ ...options, agreement: undefined });
  const known = await listAgreementIds(request.root);
  const named = options.allAgreements ? known : [...new Set(options.agreement ?? [])];
  const unknown = named.find((id) => !known.includes(id));
  if (unknown !== undefined) throw new UsageError(`unknown agreement "${unknown}": known agreements are ${known.join(', ') || '(none)'}`);

  const owners = new Map<string, string>();
  for (const profile of request.profiles) {
    const owner = (await profileAgreementId(request.root, profile)) ?? (named.length === 1 ? named[0] : undefined);
    if (owner === undefined) throw new UsageError(`profile ${profile} names no agreement and there are several: add \`agreement: <id>\` to it, or set defaultAgreement in ${CONFIG_FILE}`);
    owners.set(profile, owner);
  }
  const stray = (options.profile ?? []).find((profile) => named.length > 0 && !named.includes(owners.get(profile)!));
  if (stray !== undefined) throw new UsageError(`--profile ${stray} is for agreement ${owners.get(stray)}, which this build does not cover (${named.join(', ')})`);
  // --all-profiles with named agreements: the profiles of those agreements.
  const profiles = request.profiles.filter((profile) => named.length === 0 || named.includes(owners.get(profile)!));
  const editionAgreements = request.editions.length === 0 ? [] : named.length > 0 ? named : [(await loadAgreement(request.root)).id];

  const ids = known.filter((id) => editionAgreements.includes(id) || profiles.some((profile) => owners.get(profile) === id));
  if (ids.length === 0) throw new UsageError(`--all-profiles: no profiles for ${named.join(', ')} in data/profiles/`);
  return ids.map((id) => ({
    ...request,
    agreementId: id,
    editions: editionAgreements.includes(id) ? request.editions : [],
    profiles: profiles.filter((profile) => owners.get(profile) === id),
    outDir: ids.length > 1 ? path.join(request.outDir, id) : request.outDir,
  }));
}
