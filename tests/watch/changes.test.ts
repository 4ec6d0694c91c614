import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeFor, mergeChanges, type Change, type WatchTargets } from '../../src/watch/changes.js';

const root = path.resolve('/projects/briefing');
const at = (file: string): string => path.join(root, ...file.split('/'));
const editionsOnly: WatchTargets = { root, profiles: [], allProfiles: false };
const withProfiles: WatchTargets = {
  root,
  profiles: [
    { reference: 'semiconductor-industry', file: at('data/profiles/semiconductor-industry.yaml') },
    { reference: '/elsewhere/packet.yaml', file: '/elsewhere/packet.yaml' },
  ],
  allProfiles: false,
};
const everything = (file: string): Change => ({ files: [file], everything: true, profiles: [] });
const profiles = (file: string, ...ids: string[]): Change => ({ files: [file], everything: false, profiles: ids });

describe('what a changed file calls for', () => {
  it.each([
    ['a locale string', 'locales/zh/track2-2021.json'],
    ['UI strings', 'locales/en/common.json'],
    ['review flags (the build warns about them)', 'locales/zh/track2-2021.review.json'],
    ['a layout', 'templates/document.hbs'],
    ['a partial', 'templates/partials/cover.hbs'],
    ['the agreement', 'data/agreements/track2-digital-economy-2021.yaml'],
    ['the project settings', 'data/config.yaml'],
    ['the glossary (packet annexes)', 'data/glossary.tsv'],
  ])('%s: every output of the watch', (_name, file) => {
    expect(changeFor(at(file), 'change', editionsOnly)).toEqual(everything(file));
    expect(changeFor(at(file), 'unlink', withProfiles)).toEqual(everything(file));
  });

  it('a profile: that profile, when the watch builds it, by id or by path', () => {
    expect(changeFor(at('data/profiles/semiconductor-industry.yaml'), 'change', withProfiles)).toEqual(profiles('data/profiles/semiconductor-industry.yaml', 'semiconductor-industry'));
    expect(changeFor('/elsewhere/packet.yaml', 'change', withProfiles)).toEqual(profiles('../../elsewhere/packet.yaml', '/elsewhere/packet.yaml'));
  });

  it('a profile the watch does not build, or a removed one: nothing to rebuild', () => {
    expect(changeFor(at('data/profiles/cloud-data-bilingual.yaml'), 'change', withProfiles)).toEqual(profiles('data/profiles/cloud-data-bilingual.yaml'));
    expect(changeFor(at('data/profiles/semiconductor-industry.yaml'), 'unlink', withProfiles)).toEqual(profiles('data/profiles/semiconductor-industry.yaml'));
  });

  it('with --all-profiles: any profile, including a new one', () => {
    const all: WatchTargets = { ...editionsOnly, allProfiles: true };
    expect(changeFor(at('data/profiles/new-packet.yaml'), 'add', all)).toEqual(profiles('data/profiles/new-packet.yaml', 'new-packet'));
  });

  it('translation fingerprints, which only the check reads: nothing to rebuild', () => {
    expect(changeFor(at('locales/zh/track2-2021.source.json'), 'change', editionsOnly)).toEqual(profiles('locales/zh/track2-2021.source.json'));
  });

  it.each(['locales/en/.track2-2021.json.swp', 'locales/en/track2-2021.json~', 'templates/README.md', 'data/notes.txt', 'data/profiles/draft.yml.bak'])(
    'ignores %s, which is no source',
    (file) => {
      expect(changeFor(at(file), 'change', editionsOnly)).toBeUndefined();
    },
  );
});

describe('changes merged while waiting', () => {
  it('keep every file once, and everything wins over single profiles', () => {
    expect(mergeChanges(profiles('a', 'p1'), profiles('b', 'p2', 'p1'))).toEqual({ files: ['a', 'b'], everything: false, profiles: ['p1', 'p2'] });
    expect(mergeChanges(profiles('a', 'p1'), everything('a'))).toEqual({ files: ['a'], everything: true, profiles: [] });
  });
});
