import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { briefing, type Run } from './cli.js';
import { EN_LOCALE_FILE, edit, scratchProject } from './project.js';

export const ZH_LOCALE_FILE = path.join('locales', 'zh', 'track2-2021.json');
export const REVIEW_FILE = path.join('locales', 'zh', 'track2-2021.review.json');
export const REPORT_NAME = 'review-track2-digital-economy-2021-zh.html';

export interface ReviewSample {
  root: string;
  /** The report `check --review` wrote with its default --out. */
  report: string;
  run: Run;
  /** The keys each view of the report must show. */
  flagged: string[];
  stale: string[];
  untranslated: string[];
}

/**
 * A copy of the shipped content with one English string changed after translation (stale), one
 * Chinese string removed and one left in English (untranslated), and its review report written by
 * the real executable.
 */
export async function reviewSample(): Promise<ReviewSample> {
  const root = await scratchProject();
  await edit(root, EN_LOCALE_FILE, 'Numerous groups, including', 'Many groups, including');
  await edit(root, ZH_LOCALE_FILE, /"importance-p2": "[^"]*",\n\s*/, '');
  await edit(root, ZH_LOCALE_FILE, '"conclusion": "结语"', '"conclusion": "Conclusion"');
  const run = await briefing(['check', '--review', '--root', root]);
  const flagged = Object.keys(JSON.parse(await readFile(path.join(root, REVIEW_FILE), 'utf8')) as Record<string, string>);
  return {
    root,
    report: path.join(root, 'dist', REPORT_NAME),
    run,
    flagged,
    stale: ['blocks.conclusion-p2'],
    untranslated: ['blocks.importance-p2', 'sections.conclusion'],
  };
}
