import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import type { CheckResult } from './index.js';
import { reviewHtml, type ReviewPageInfo } from './review-html.js';
import { reviewTable } from './review-rows.js';

/** Headings of the report groups that are not sections of the agreement (the report is a tool page, in English). */
const OTHER_GROUPS: Record<string, string> = { title: 'Title and cover', interface: 'Interface strings (common.json)', other: 'Keys the data does not use' };

/** The page's language names, review file and group headings, from the catalog. */
function pageInfo(result: CheckResult, language: string): ReviewPageInfo {
  const { catalog } = result;
  const source = catalog.strings[catalog.languages[0]!]!;
  const names = Object.fromEntries(
    catalog.languages.map((lang) => [lang, { name: catalog.strings[lang]!.get('common:language') ?? lang, htmlLang: catalog.strings[lang]!.get('common:htmlLang') ?? lang }]),
  );
  const sections = Object.fromEntries(catalog.agreement.sections.map((s) => [s.id, source.get(`sections.${s.id}`) ?? source.get('common:openingSection') ?? s.id]));
  return {
    names,
    reviewFile: catalog.fileOf(language, 'meta.title').replace(/\.json$/, '.review.json'),
    groupTitles: { ...OTHER_GROUPS, ...sections, participants: source.get('common:participants') ?? 'participants' },
  };
}

/**
 * Writes `<outDir>/review-<agreement>-<lang>.html` for every translation language, each atomically,
 * and returns the files written.
 */
export async function writeReviewReports(result: CheckResult, outDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const language of result.catalog.languages.slice(1)) {
    const file = path.join(outDir, `review-${result.catalog.agreement.id}-${language}.html`);
    await writeFileAtomic(file, await reviewHtml(reviewTable(result, language), pageInfo(result, language)));
    files.push(file);
  }
  return files;
}
