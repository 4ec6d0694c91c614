import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefing } from '../helpers/cli.js';
import { EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';

describe('briefing check', () => {
  it('exits 0 on the shipped content and prints the review warnings grouped by section', async () => {
    const run = await briefing(['check']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^briefing check: track2-digital-economy-2021: 0 errors, \d+ warnings\n/);
    expect(run.stdout).toContain('\n[participants]\n  warning review: people.feng-wei.name (zh, locales/zh/track2-2021.json)\n');
    expect(run.stdout.trimEnd().endsWith('consistent (warnings above are for review)')).toBe(true);
  });

  it('prints the JSON contract with --json', async () => {
    const run = await briefing(['check', '--json']);
    const report = JSON.parse(run.stdout) as { errors: unknown[]; warnings: Record<string, string>[] };
    expect(report.errors).toEqual([]);
    expect(Object.keys(report.warnings[0]!).sort()).toEqual(['key', 'language', 'message', 'rule']);
  });

  it('exits 1 on findings, names both texts, and --accept records the new source', async () => {
    const root = await scratchProject();
    await edit(root, EN_LOCALE_FILE, 'Numerous groups, including', 'Many groups, including');
    const run = await briefing(['check', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      [
        '[conclusion]',
        '  error stale: blocks.conclusion-p2 (zh, locales/zh/track2-2021.json)',
        '      outdated: the source changed since this was translated: update the translation, then run: npx briefing check --accept blocks.conclusion-p2',
        '      source changed: … the benefit of all peoples. [-Numerous-]{+Many+} groups, including this Track …',
        '      en: The global digital economy is too important for this state …',
        '      zh: 全球数字经济事关重大，不能任由这种局面无限期持续下去。两国…',
      ].join('\n'),
    );
    const accepted = await briefing(['check', '--root', root, '--accept', 'blocks.conclusion-p2']);
    expect(accepted.stderr).toBe('accepted 1 translation as matching the current source\n');
    expect(accepted.code).toBe(0);
  });

  it('exits 2 on bad usage and unreadable input', async () => {
    const unknown = await briefing(['check', '--accept', 'blocks.nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('briefing: --accept blocks.nope: no such key in the source locale (keys look like blocks.opening-p1 or common:page)\n');
    const noOutputs = await briefing(['check', '--outputs', path.join('/tmp', 'no-such-build')]);
    expect(noOutputs.code).toBe(2);
    expect(noOutputs.stderr).toBe('briefing: no readable manifest.json in /tmp/no-such-build: run npx briefing build --out /tmp/no-such-build first\n');
  });
});
