/** What `briefing build` prints: check findings and review flags summed up in a line each, then the outputs. */
import path from 'node:path';
import type { BatchResult } from '../build/batch.js';
import type { Finding } from '../check/findings.js';
import { plural, success, warn, type Io } from '../terminal.js';

/** "3 stale, 1 untranslated" */
export function byRule(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const { rule } of findings) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return [...counts].map(([rule, n]) => `${n} ${rule}`).join(', ');
}

export function reportFindings(findings: Finding[], io: Io, verbose = false): void {
  if (findings.length === 0) return;
  if (verbose) for (const f of findings) warn(io, `${f.rule}: ${f.key} (${f.language}): ${f.message}`);
  warn(io, `${plural(findings.length, 'check error')} in the published translations (${byRule(findings)}) — npx briefing check lists them`);
}

export function reportReview({ reviewFlags }: Pick<BatchResult, 'reviewFlags'>, io: Io, verbose = false): void {
  if (reviewFlags.length === 0) return;
  if (verbose) for (const flag of reviewFlags) warn(io, `${flag.file}: key ${flag.key}: ${flag.reason}`);
  warn(io, `${plural(reviewFlags.length, 'translation')} marked for review — npx briefing check --review lists them`);
}

export function reportOutputs(result: Pick<BatchResult, 'outputs' | 'unchanged'>, outDir: string, io: Io, started: number): void {
  const shown = (file: string): string => path.relative(process.cwd(), path.join(outDir, file)) || file;
  for (const entry of result.outputs) io.out(`wrote ${shown(entry.file)} (${formatBytes(entry.bytes)})`);
  const total = result.outputs.length + result.unchanged.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  success(io, `${plural(total, 'output')}: ${result.outputs.length} rebuilt, ${result.unchanged.length} unchanged — ${shown('manifest.json')} (${seconds} s)`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
