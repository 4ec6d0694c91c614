import path from 'node:path';
import type { Command } from 'commander';
import { BriefingError } from '../errors.js';
import { loadLocaleFile, localeValue } from '../source/locales.js';
import { listAgreementIds, loadAgreement } from '../source/project.js';
import { SOURCE_LANGUAGE } from '../source/keys.js';
import { agreementTags, listProfileIds, loadProfile, profileAgreementId } from '../select/profile.js';
import type { Agreement } from '../source/schema.js';
import { commonOptions } from './options.js';
import type { Io } from '../terminal.js';

interface ListOptions {
  root: string;
  agreement?: string;
  json?: boolean;
}

interface ProfileEntry {
  id: string;
  /** The agreement it is written for; null when the project has several and no default. */
  agreement: string | null;
  title?: string;
  edition?: string;
  formats?: string[];
  /** Why the profile cannot be built, if it cannot (list still shows everything else). */
  error?: string;
}

/**
 * What can be built: every agreement (or the one --agreement names) with its sections (id, title,
 * tags), tags and profiles. Each profile is validated against its own agreement; a broken one is
 * listed with its error instead of stopping the list.
 */
async function inventory(root: string, only: string | undefined) {
  const ids = only === undefined ? await listAgreementIds(root) : [(await loadAgreement(root, only)).id];
  const loaded = new Map<string, Agreement>();
  for (const id of ids) loaded.set(id, await loadAgreement(root, id));
  const profiles = (await Promise.all((await listProfileIds(root)).map((id) => profileEntry(root, id, loaded)))).filter(
    (profile) => only === undefined || profile.agreement === only,
  );
  const agreements = await Promise.all(
    [...loaded.values()].map(async (agreement) => {
      const strings = await loadLocaleFile(root, path.join('locales', SOURCE_LANGUAGE, `${agreement.namespace}.json`));
      const title = (key: string): string | null => {
        const value = localeValue(strings, key);
        return typeof value === 'string' ? value : null;
      };
      return {
        id: agreement.id,
        title: title('meta.title'),
        sections: agreement.sections.map((s) => ({ id: s.id, title: title(`sections.${s.id}`), tags: s.tags ?? [] })),
        tags: agreementTags(agreement),
        profiles: profiles.filter((profile) => profile.agreement === agreement.id).map((profile) => profile.id),
      };
    }),
  );
  return { agreements, tags: [...new Set(agreements.flatMap((a) => a.tags))].sort(), profiles };
}

async function profileEntry(root: string, id: string, agreements: Map<string, Agreement>): Promise<ProfileEntry> {
  let agreementId: string | undefined;
  try {
    agreementId = await profileAgreementId(root, id);
    if (agreementId === undefined) return { id, agreement: null, error: 'names no agreement and the project has no default: add `agreement: <id>`' };
    const agreement = agreements.get(agreementId) ?? (await loadAgreement(root, agreementId));
    const profile = await loadProfile(root, id, agreement);
    return { id, agreement: agreementId, title: profile.title.en, edition: profile.edition, formats: profile.formats };
  } catch (error) {
    if (!(error instanceof BriefingError)) throw error;
    return { id, agreement: agreementId ?? null, error: error.message };
  }
}

export function registerList(program: Command, io: Io): void {
  commonOptions(
    program
      .command('list')
      .description('list agreements with their sections (id, title, tags), tags and delegation profiles (with --agreement, that one only)')
      .option('--json', 'print the inventory as JSON'),
  ).action(async (options: ListOptions) => {
    const found = await inventory(path.resolve(options.root), options.agreement);
    if (options.json) return io.out(JSON.stringify(found, null, 2));
    for (const agreement of found.agreements) {
      io.out(`agreement ${agreement.id}${agreement.title ? ` — ${agreement.title}` : ''}`);
      for (const section of agreement.sections) {
        io.out(`  ${section.id.padEnd(16)} ${(section.title ?? '(untitled opening)').padEnd(62)} ${section.tags.join(', ')}`);
      }
      io.out(`  tags: ${agreement.tags.join(', ') || '(none)'}`, `  profiles: ${agreement.profiles.join(', ') || '(none)'}`, '');
    }
    io.out(`tags: ${found.tags.join(', ')}`, '', 'profiles:');
    for (const profile of found.profiles) {
      const described = profile.error ? `cannot be built: ${profile.error}` : `${profile.edition!.padEnd(10)} ${profile.formats!.join(', ').padEnd(16)} ${profile.title}`;
      io.out(`  ${profile.id.padEnd(36)} ${(profile.agreement ?? '(no agreement)').padEnd(30)} ${described}`);
    }
  });
}
