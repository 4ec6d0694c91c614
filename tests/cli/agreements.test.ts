/**
 * Two agreements in one project: each profile is validated against the agreement it names, list
 * shows both, check checks both, and build writes each agreement to a folder of its own.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlText } from '../../src/writers/html/read.js';
import type { ManifestEntry } from '../../src/io/manifest.js';
import { briefing as briefingProcess } from '../helpers/cli.js';
import { scratchProject } from '../helpers/project.js';
import { run as briefingRun } from '../translation/helpers.js';

const DEFAULT = 'track2-digital-economy-2021';
const SECOND = 'data-standards-2024';

const AGREEMENT = `id: ${SECOND}
namespace: data-standards-2024
session: 1
dates: { start: 2024-06-10, end: 2024-06-11 }
venue: geneva
organizers: [working-group]
sections:
  - id: opening
    untitled: true
    blocks:
      - { id: opening-p1, type: paragraph, tags: [standards] }
  - id: next-steps
    tags: [follow-up]
    blocks:
      - { id: next-steps-p1, type: paragraph, tags: [standards] }
`;

const STRINGS = {
  en: {
    meta: { dialogue: 'Working Group on Data Standards', title: 'Joint Statement', shortTitle: 'Data Standards Statement 2024' },
    venues: { geneva: 'Geneva' },
    organizations: { 'working-group': 'Working Group on Data Standards' },
    sections: { 'next-steps': 'Next Steps' },
    blocks: {
      'opening-p1': 'The two delegations met in Geneva to compare their rules on data formats.',
      'next-steps-p1': 'They agreed to meet again within six months.',
    },
  },
  zh: {
    meta: { dialogue: '数据标准工作组', title: '联合声明', shortTitle: '2024年数据标准声明' },
    venues: { geneva: '日内瓦' },
    organizations: { 'working-group': '数据标准工作组' },
    sections: { 'next-steps': '下一步工作' },
    blocks: {
      'opening-p1': '双方代表团在日内瓦会晤，比较了各自关于数据格式的规则。',
      'next-steps-p1': '双方同意在六个月内再次会晤。',
    },
  },
};

const PROFILE = `id: standards-brief
agreement: ${SECOND}
title: { en: "Data Standards: Next Steps", zh: 数据标准：下一步工作 }
recipient: { en: Standards office, zh: 标准办公室 }
edition: en
include: { tags: [follow-up] }
components: [cover, agreement]
formats: [html]
`;

let root: string;

/** The CLI in-process (the same main() as bin/briefing.cjs); builds of several profiles run the real executable (their worker pool runs compiled code). */
async function briefing(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, out, err } = await briefingRun(...args);
  return { code, stdout: out, stderr: err };
}

async function write(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
}

const manifestFiles = async (dir: string): Promise<string[]> =>
  ((JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { outputs: ManifestEntry[] }).outputs.map((o) => o.file)).sort();

beforeAll(async () => {
  root = await scratchProject();
  await write(`data/agreements/${SECOND}.yaml`, AGREEMENT);
  for (const lang of ['en', 'zh'] as const) await write(`locales/${lang}/data-standards-2024.json`, JSON.stringify(STRINGS[lang], null, 2));
  await write('data/profiles/standards-brief.yaml', PROFILE);
  // A new topic tag needs its label in every language (outputs list topics as keywords).
  for (const [lang, label] of [['en', 'follow-up'], ['zh', '后续工作'], ['zh-Hant', '後續工作']] as const) {
    const file = path.join(root, 'locales', lang, 'common.json');
    const common = JSON.parse(await readFile(file, 'utf8')) as { topics: Record<string, string> };
    common.topics['follow-up'] = label;
    await writeFile(file, JSON.stringify(common, null, 2));
  }
  // The Chinese was written from this English: record that, as a translator would with --accept.
  const accepted = await briefing(['check', '--accept', 'all', '--agreement', SECOND, '--root', root]);
  expect(accepted.code).toBe(0);
  // zh-Hant is a language of the first agreement only (converted for it): its new label is recorded there.
  expect((await briefing(['check', '--accept', 'common:topics.follow-up', '--agreement', DEFAULT, '--root', root])).code).toBe(0);
});

describe('two agreements in data/', () => {
  it('list shows both agreements with their sections, tags and profiles', async () => {
    const run = await briefing(['list', '--json', '--root', root]);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as {
      agreements: { id: string; sections: { id: string }[]; tags: string[]; profiles: string[] }[];
      profiles: { id: string; agreement: string; error?: string }[];
    };
    expect(listed.agreements.map((a) => a.id)).toEqual([SECOND, DEFAULT]);
    expect(listed.agreements[0]).toMatchObject({ sections: [{ id: 'opening' }, { id: 'next-steps' }], tags: ['follow-up', 'standards'], profiles: ['standards-brief'] });
    expect(listed.agreements[1]!.profiles).toEqual(['cloud-data-bilingual', 'executive-office-recommendations', 'semiconductor-industry']);
    expect(listed.profiles.find((p) => p.id === 'standards-brief')).toEqual({ id: 'standards-brief', agreement: SECOND, title: 'Data Standards: Next Steps', edition: 'en', formats: ['html'] });
    expect(listed.profiles.every((p) => p.error === undefined)).toBe(true);

    const text = await briefing(['list', '--root', root]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`agreement ${SECOND} — Joint Statement\n  opening `);
    expect(text.stdout).toContain('  profiles: standards-brief\n');
    expect(text.stdout).toMatch(new RegExp(`  standards-brief +${SECOND} +en +html +Data Standards: Next Steps`));
  });

  it('list --agreement shows that agreement and its profiles only', async () => {
    const run = await briefing(['list', '--json', '--agreement', SECOND, '--root', root]);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { agreements: { id: string }[]; profiles: { id: string }[] };
    expect(listed.agreements.map((a) => a.id)).toEqual([SECOND]);
    expect(listed.profiles.map((p) => p.id)).toEqual(['standards-brief']);
  });

  it('check without --agreement checks every agreement, and names the agreement of each finding', async () => {
    const run = await briefing(['check', '--root', root]);
    expect(run.stdout).toContain(`briefing check: ${DEFAULT}: 0 errors`);
    expect(run.stdout).toContain(`briefing check: ${SECOND}: 0 errors, 0 warnings`);
    expect(run.code).toBe(0);

    const broken = { ...STRINGS.zh, blocks: { 'opening-p1': STRINGS.zh.blocks['opening-p1'] } };
    await write('locales/zh/data-standards-2024.json', JSON.stringify(broken));
    try {
      const json = await briefing(['check', '--json', '--root', root]);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout) as { errors: { agreement: string; key: string; rule: string }[] };
      expect(report.errors).toEqual([expect.objectContaining({ agreement: SECOND, key: 'blocks.next-steps-p1', rule: 'untranslated', language: 'zh' })]);
      expect((await briefing(['check', '--agreement', DEFAULT, '--root', root])).code).toBe(0);
    } finally {
      await write('locales/zh/data-standards-2024.json', JSON.stringify(STRINGS.zh));
    }
  });

  it('build --all-profiles builds each profile for its own agreement, into a folder per agreement', async () => {
    const run = await briefingProcess(['build', '--all-profiles', '--format', 'html', '--out', 'all-profiles', '--root', root]);
    expect(run.stderr).not.toContain('failed');
    expect(run.code).toBe(0);
    const out = path.join(root, 'all-profiles');
    expect(await manifestFiles(path.join(out, SECOND))).toEqual(['standards-brief.html']);
    expect(await manifestFiles(path.join(out, DEFAULT))).toEqual(['cloud-data-bilingual.html', 'semiconductor-industry.html']);
    const html = await htmlText(path.join(out, SECOND, 'standards-brief.html'));
    expect(html.text).toContain(STRINGS.en.blocks['next-steps-p1']);
    expect(html.text).not.toContain(STRINGS.en.blocks['opening-p1']);
  });

  it('build --agreement A --agreement B builds both, each into <out>/<id>/; one agreement builds into <out>/', async () => {
    const both = await briefing(['build', '--agreement', SECOND, '--agreement', DEFAULT, '--edition', 'en', '--format', 'html', '--out', 'both', '--root', root]);
    expect(both.code).toBe(0);
    for (const id of [SECOND, DEFAULT]) expect(await manifestFiles(path.join(root, 'both', id))).toEqual(['en.html']);
    expect((await htmlText(path.join(root, 'both', SECOND, 'en.html'))).text).toContain(STRINGS.en.blocks['opening-p1']);
    // Incremental builds keep their record per agreement folder: a second run skips both, a changed string rebuilds its agreement only.
    const again = await briefing(['build', '--agreement', SECOND, '--agreement', DEFAULT, '--edition', 'en', '--format', 'html', '--out', 'both', '--root', root]);
    for (const id of [SECOND, DEFAULT]) expect(again.stdout).toMatch(new RegExp(`1 output: 0 rebuilt, 1 unchanged — .*both/${id}/manifest\\.json`));
    const edited = { ...STRINGS.en, blocks: { ...STRINGS.en.blocks, 'next-steps-p1': 'They agreed to meet again within a year.' } };
    await write('locales/en/data-standards-2024.json', JSON.stringify(edited));
    try {
      const changed = await briefing(['build', '--agreement', SECOND, '--agreement', DEFAULT, '--edition', 'en', '--format', 'html', '--out', 'both', '--root', root]);
      expect(changed.stdout).toMatch(new RegExp(`1 output: 1 rebuilt, 0 unchanged — .*both/${SECOND}/manifest\\.json`));
      expect(changed.stdout).toMatch(new RegExp(`1 output: 0 rebuilt, 1 unchanged — .*both/${DEFAULT}/manifest\\.json`));
      expect((await htmlText(path.join(root, 'both', SECOND, 'en.html'))).text).toContain('within a year');
    } finally {
      await write('locales/en/data-standards-2024.json', JSON.stringify(STRINGS.en, null, 2));
    }

    const all = await briefing(['build', '--all-agreements', '--edition', 'zh', '--format', 'html', '--out', 'every', '--root', root]);
    expect(all.code).toBe(0);
    expect((await htmlText(path.join(root, 'every', SECOND, 'zh.html'))).text).toContain(STRINGS.zh.blocks['next-steps-p1']);

    const one = await briefing(['build', '--agreement', SECOND, '--edition', 'en', '--format', 'html', '--out', 'one', '--root', root]);
    expect(one.code).toBe(0);
    expect(await manifestFiles(path.join(root, 'one'))).toEqual(['en.html']);
    expect(existsSync(path.join(root, 'one', SECOND))).toBe(false);
  });

  it('validates a profile against the agreement it names', async () => {
    await write('data/profiles/wrong-section.yaml', PROFILE.replace('standards-brief', 'wrong-section').replace('tags: [follow-up]', 'sections: [risks]'));
    try {
      const run = await briefing(['build', '--profile', 'wrong-section', '--root', root]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('briefing: data/profiles/wrong-section.yaml:6:23: include.sections[0]: unknown section "risks" (valid: opening, next-steps; did you mean "opening"?)');
      const mismatch = await briefing(['build', '--profile', 'standards-brief', '--agreement', DEFAULT, '--root', root]);
      expect(mismatch.code).toBe(2);
      expect(mismatch.stderr).toBe(`briefing: --profile standards-brief is for agreement ${SECOND}, which this build does not cover (${DEFAULT})`);
      // list never fails because of one profile: it says what is wrong with it.
      const list = await briefing(['list', '--json', '--root', root]);
      expect(list.code).toBe(0);
      const listed = JSON.parse(list.stdout) as { profiles: { id: string; error?: string }[] };
      expect(listed.profiles.find((p) => p.id === 'wrong-section')?.error).toMatch(/^data\/profiles\/wrong-section\.yaml:6:23: include\.sections\[0\]: unknown section "risks"/);
    } finally {
      await writeFile(path.join(root, 'data/profiles/wrong-section.yaml'), PROFILE.replace('standards-brief', 'wrong-section').replace(SECOND, 'no-such-agreement'));
    }
    const unknown = await briefing(['list', '--json', '--root', root]);
    const listed = JSON.parse(unknown.stdout) as { profiles: { id: string; error?: string }[] };
    expect(listed.profiles.find((p) => p.id === 'wrong-section')?.error).toBe(
      `data/profiles/wrong-section.yaml: agreement: unknown agreement "no-such-agreement" (valid: ${SECOND}, ${DEFAULT}; did you mean "${SECOND}"?)`,
    );
  });
});
