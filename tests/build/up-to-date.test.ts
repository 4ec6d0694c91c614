import { appendFile, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { invocationOf, LAST_BUILD_FILE } from '../../src/build/up-to-date.js';
import { answerUnchanged } from '../../src/cli/unchanged.js';
import { briefing } from '../helpers/cli.js';
import { EN_LOCALE_FILE, edit, REPO_ROOT, scratchProject } from '../helpers/project.js';

const ZH_LOCALE_FILE = path.join('locales', 'zh', 'track2-2021.json');
const mtime = async (file: string): Promise<number> => (await stat(file)).mtimeMs;

describe('the no-change path of briefing build', () => {
  let root: string;
  let args: string[];
  let flags: number;

  beforeAll(async () => {
    root = await scratchProject();
    args = ['build', '--root', root, '--edition', 'zh', '--format', 'html'];
    flags = Object.keys(JSON.parse(await readFile(path.join(root, 'locales', 'zh', 'track2-2021.review.json'), 'utf8')) as object).length;
    expect((await briefing(args)).code).toBe(0);
  });

  it('reports an unchanged project as the full build does, from its record, and writes nothing', async () => {
    const outputs = ['manifest.json', 'zh.html', LAST_BUILD_FILE].map((file) => path.join(root, 'dist', file));
    const before = await Promise.all(outputs.map(mtime));
    const again = await briefing(args);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^1 output: 0 rebuilt, 1 unchanged — .*manifest\.json \(\d+\.\d s\)\n$/);
    expect(again.stderr).toBe(`warning: ${flags} translations marked for review — npx briefing check --review lists them\n`);
    // The full build writes its record anew even when every output is skipped; the no-change path writes nothing.
    expect(await Promise.all(outputs.map(mtime))).toEqual(before);
    const verbose = await briefing([...args, '--verbose']);
    expect(verbose.stderr.trim().split('\n')).toHaveLength(flags + 1);
    expect(verbose.stderr).toContain('warning: locales/zh/track2-2021.json: key people.feng-wei.name: terminology.tsv: verify');
  });

  it('answers in-process what the executable prints, and leaves --force and a changed project to the full build', async () => {
    const markdown = ['--root', root, '--edition', 'en', '--format', 'md'];
    expect((await briefing(['build', ...markdown])).code).toBe(0);
    const lines: { out: string[]; err: string[] } = { out: [], err: [] };
    const io = { out: (...out: string[]) => lines.out.push(...out), err: (err: string) => lines.err.push(err) };
    expect(answerUnchanged(markdown, performance.now(), io)).toBe(0);
    expect(lines).toEqual({ out: [expect.stringMatching(/^1 output: 0 rebuilt, 1 unchanged — .*manifest\.json \(0\.\d s\)$/)], err: [] });
    expect(answerUnchanged([...markdown, '--force'], performance.now(), io)).toBeUndefined();
    await edit(root, EN_LOCALE_FILE, 'Numerous groups, including', 'Many groups, including');
    try {
      expect(answerUnchanged(markdown, performance.now(), io)).toBeUndefined();
    } finally {
      await edit(root, EN_LOCALE_FILE, 'Many groups, including', 'Numerous groups, including');
    }
  });

  it('takes the full build after a source file, an output or the options change, and with --force', async () => {
    await edit(root, ZH_LOCALE_FILE, '全球数字经济事关重大', '全球数字经济至关重要');
    expect((await briefing(args)).stdout).toMatch(/^wrote .*zh\.html .*\n1 output: 1 rebuilt, 0 unchanged/);
    expect((await briefing(args)).stdout).toMatch(/^1 output: 0 rebuilt, 1 unchanged/);
    await appendFile(path.join(root, 'dist', 'zh.html'), '<!-- edited by hand -->');
    expect((await briefing(args)).stdout).toMatch(/^wrote .*zh\.html .*\n1 output: 1 rebuilt, 0 unchanged/);
    expect(await readFile(path.join(root, 'dist', 'zh.html'), 'utf8')).not.toContain('edited by hand');
    // Another request is not answered by this one's record.
    expect((await briefing([...args, '--edition', 'en'])).stdout).toMatch(/^wrote .*en\.html .*\n2 outputs: 1 rebuilt, 1 unchanged/);
    expect((await briefing([...args, '--force'])).stdout).toMatch(/^wrote .*zh\.html .*\n1 output: 1 rebuilt, 0 unchanged/);
  }, 120_000);

  it('does not let --strict pass on check errors the record holds', async () => {
    const stale = await scratchProject();
    await edit(stale, EN_LOCALE_FILE, 'Numerous groups, including', 'Many groups, including');
    const build = ['build', '--root', stale, '--edition', 'zh', '--format', 'html'];
    expect((await briefing(build)).stderr.split('\n')[0]).toBe('warning: 1 check error in the published translations (1 stale) — npx briefing check lists them');
    const again = await briefing(build);
    expect([again.stderr.split('\n')[0], again.stdout]).toEqual([
      'warning: 1 check error in the published translations (1 stale) — npx briefing check lists them',
      expect.stringMatching(/^1 output: 0 rebuilt, 1 unchanged/),
    ]);
    const strict = await briefing([...build, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr.trim().split('\n').at(-1)).toBe('briefing: --strict: 1 check error in the languages being built (1 stale); nothing was built');
  }, 120_000);

  it('answers only the same command on the same sources: a profile file outside the project counts, --force does not', async () => {
    const record = path.join(root, 'dist', LAST_BUILD_FILE);
    /** Whether a run was answered from the record: the full build writes it anew, the no-change path only reads it. */
    const answered = async (run: string[]): Promise<boolean> => {
      const was = await mtime(record);
      expect((await briefing(run)).code).toBe(0);
      return (await mtime(record)) === was;
    };
    const profile = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-profile-')), 'semiconductor-industry.yaml');
    await writeFile(profile, await readFile(path.join(REPO_ROOT, 'data', 'profiles', 'semiconductor-industry.yaml')));
    const withProfile = ['build', '--root', root, '--profile', profile, '--format', 'html'];
    expect(await answered(withProfile)).toBe(false);
    expect(await answered(withProfile)).toBe(true);
    await appendFile(profile, '# a comment\n');
    expect(await answered(withProfile)).toBe(false);
    expect(await answered([...withProfile, '--force'])).toBe(false);
    expect(await answered(withProfile)).toBe(true);
  }, 120_000);

  it('reads the options that locate a build from its arguments and keeps the rest as given', () => {
    const cwd = path.join(tmpdir(), 'somewhere');
    const invocation = invocationOf(['--edition', 'en', '--root', 'project', '--out=out', '--profile', 'a.yaml', '--force', '--verbose'], cwd);
    expect(invocation).toEqual({
      args: ['--edition', 'en', '--root', 'project', '--out=out', '--profile', 'a.yaml', '--verbose'],
      cwd,
      root: path.join(cwd, 'project'),
      outDir: path.join(cwd, 'project', 'out'),
      profileFiles: [path.join(cwd, 'a.yaml')],
      force: true,
      strict: false,
      verbose: true,
    });
  });
});
