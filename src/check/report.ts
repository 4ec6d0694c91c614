import { COMMON_NS } from '../source/locales.js';
import { usedKeys, type Catalog } from './catalog.js';
import type { CheckResult } from './index.js';
import type { Finding } from './findings.js';
import { shorten } from './text.js';
import { wordDiff } from './word-diff.js';
import { plural, type Colors } from '../terminal.js';
import pc from 'picocolors';

/** `check --json`: findings without colour or snippets, the shape scripts read (README, `briefing check`); over several agreements, each also names its agreement. */
export function jsonReport(results: readonly CheckResult[]): string {
  const plain = (agreement: string) => ({ rule, key, language, message }: Finding) => ({ rule, key, language, message, ...(results.length > 1 ? { agreement } : {}) });
  const all = (pick: (result: CheckResult) => Finding[]) => results.flatMap((result) => pick(result).map(plain(result.catalog.agreement.id)));
  return JSON.stringify({ errors: all((r) => r.errors), warnings: all((r) => r.warnings) }, null, 2);
}

/** The groups a report shows keys in, in document order: the title, each section, participants, interface strings. */
export function reportGroups(catalog: Catalog): { order: string[]; groupOf: (key: string) => string } {
  const sectionOf = new Map(usedKeys(catalog.agreement).map((u) => [u.key, u.section]));
  return {
    order: ['title', ...catalog.agreement.sections.map((s) => s.id), 'participants', 'interface', 'other'],
    groupOf: (key) => sectionOf.get(key) ?? (key.startsWith(`${COMMON_NS}:`) ? 'interface' : 'other'),
  };
}

/**
 * The report for people: findings grouped by section in document order, each with its rule, key,
 * language, what to do, and the source and translated texts shortened.
 */
export function humanReport({ catalog, errors, warnings }: CheckResult, colors: Colors = pc.createColors(false)): string {
  const { order, groupOf } = reportGroups(catalog);
  const findings = [...errors, ...warnings];
  const lines = [`briefing check: ${catalog.agreement.id}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`];
  for (const group of order) {
    const inGroup = findings.filter((f) => groupOf(f.key) === group);
    if (inGroup.length === 0) continue;
    lines.push('', `[${group}]`);
    for (const finding of inGroup) lines.push(...describe(finding, catalog, colors));
  }
  if (errors.length === 0) lines.push('', colors.green(warnings.length ? 'consistent (warnings above are for review)' : 'consistent'));
  return lines.join('\n');
}

function describe(finding: Finding, catalog: Catalog, colors: Colors): string[] {
  const severity = finding.severity === 'error' ? colors.red('error') : colors.yellow('warning');
  const head = `  ${severity} ${finding.rule}: ${finding.key} (${finding.language}, ${catalog.fileOf(finding.language.split('+')[0]!, finding.key)})`;
  const texts = catalog.languages
    .filter((lang) => lang === catalog.languages[0] || finding.language.split('+').includes(lang))
    .flatMap((lang) => {
      const text = catalog.strings[lang]?.get(finding.key);
      return text === undefined ? [] : [`      ${lang}: ${shorten(text)}`];
    });
  const change = finding.sourceChange ? [`      source changed: ${wordDiff(finding.sourceChange.from, finding.sourceChange.to, colors)}`] : [];
  return [head, `      ${finding.message}`, ...change, ...texts];
}
