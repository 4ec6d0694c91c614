import path from 'node:path';
import type { Command } from 'commander';
import { loadLocaleFile, localeValue } from '../source/locales.js';
import { listAgreementIds, loadAgreement } from '../source/project.js';
import { SOURCE_LANGUAGE } from '../source/keys.js';
import { agreementTags, listProfileIds, loadProfile } from '../select/profile.js';
import { commonOptions } from './options.js';
import type { Io } from '../terminal.js';

interface ListOptions {
  root: string;
  json?: boolean;
}

/** What can be built: agreements with their sections (id, title, tags), all tags, and profiles. */
async function inventory(root: string) {
  const agreements = await Promise.all(
    (await listAgreementIds(root)).map(async (id) => {
      const agreement = await loadAgreement(root, id);
      const strings = await loadLocaleFile(root, path.join('locales', SOURCE_LANGUAGE, `${agreement.namespace}.json`));
      const title = (key: string): string | null => {
        const value = localeValue(strings, key);
        return typeof value === 'string' ? value : null;
      };
      return {
        id,
        title: title('meta.title'),
        sections: agreement.sections.map((s) => ({ id: s.id, title: title(`sections.${s.id}`), tags: s.tags ?? [] })),
        tags: agreementTags(agreement),
      };
    }),
  );
  const ids = await listAgreementIds(root);
  const first = ids.length ? await loadAgreement(root, ids[0]) : undefined;
  const profiles = first
    ? await Promise.all(
        (await listProfileIds(root)).map(async (id) => {
          const profile = await loadProfile(root, id, first);
          return { id, title: profile.title.en, edition: profile.edition, formats: profile.formats };
        }),
      )
    : [];
  return {
    agreements,
    tags: [...new Set(agreements.flatMap((a) => a.tags))].sort(),
    profiles,
  };
}

export function registerList(program: Command, io: Io): void {
  commonOptions(
    program
      .command('list')
      .description('list agreements with their sections (id, title, tags), all tags, and the delegation profiles')
      .option('--json', 'print the inventory as JSON'),
  ).action(async (options: ListOptions) => {
    const found = await inventory(path.resolve(options.root));
    if (options.json) return io.out(JSON.stringify(found, null, 2));
    for (const agreement of found.agreements) {
      io.out(`agreement ${agreement.id}${agreement.title ? ` — ${agreement.title}` : ''}`);
      for (const section of agreement.sections) {
        io.out(`  ${section.id.padEnd(16)} ${(section.title ?? '(untitled opening)').padEnd(62)} ${section.tags.join(', ')}`);
      }
    }
    io.out('', `tags: ${found.tags.join(', ')}`, '', 'profiles:');
    for (const profile of found.profiles) io.out(`  ${profile.id.padEnd(36)} ${profile.edition.padEnd(10)} ${profile.formats.join(', ').padEnd(16)} ${profile.title}`);
  });
}
