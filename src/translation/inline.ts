/**
 * A locale string as runs of text and inline codes, the form exchange formats protect: emphasis
 * (<strong>, <em>) as paired codes, {{placeholders}} as standalone ones. Codes are numbered in
 * the source's order; a translation refers to them by those numbers.
 */

export type Run =
  | { kind: 'text'; text: string }
  | { kind: 'open'; id: string; tag: string }
  | { kind: 'close'; id: string }
  | { kind: 'ph'; id: string; code: string };

/** A code of the source: what its number stands for in our markup. */
export interface Code {
  id: string;
  kind: 'pair' | 'ph';
  /** The tag name of a pair, the placeholder as written for a ph. */
  native: string;
}

const CODE = /<(\/?)(strong|em)>|\{\{\s*[\w.]+\s*\}\}/g;

/**
 * Runs of a string whose markup is valid (check's markup rule): every close matches the last open.
 * A translation's codes take the numbers of the source's codes they stand for (the first <strong>
 * of the translation is the source's first <strong>, wherever it moved); one the source lacks gets
 * a number of its own, so that it shows as a mismatch.
 */
export function toRuns(text: string, sourceCodes?: readonly Code[]): Run[] {
  const runs: Run[] = [];
  const open: string[] = [];
  const unused = [...(sourceCodes ?? [])];
  let next = sourceCodes ? unused.length + 1 : 1;
  const number = (kind: Code['kind'], native: string): string => {
    if (!sourceCodes) return String(next++);
    const at = unused.findIndex((c) => c.kind === kind && c.native === native);
    return at < 0 ? String(next++) : unused.splice(at, 1)[0]!.id;
  };
  let at = 0;
  for (const match of text.matchAll(CODE)) {
    if (match.index > at) runs.push({ kind: 'text', text: text.slice(at, match.index) });
    at = match.index + match[0].length;
    if (match[2] === undefined) runs.push({ kind: 'ph', id: number('ph', match[0]), code: match[0] });
    else if (match[1] === '/') runs.push({ kind: 'close', id: open.pop() ?? '0' });
    else {
      const id = number('pair', match[2]);
      open.push(id);
      runs.push({ kind: 'open', id, tag: match[2] });
    }
  }
  if (at < text.length) runs.push({ kind: 'text', text: text.slice(at) });
  return runs;
}

export function codesOf(runs: readonly Run[]): Code[] {
  return runs.flatMap((run): Code[] => {
    if (run.kind === 'open') return [{ id: run.id, kind: 'pair', native: run.tag }];
    if (run.kind === 'ph') return [{ id: run.id, kind: 'ph', native: run.code }];
    return [];
  });
}

/** The string a translation's runs stand for, or what is wrong with its codes compared with the source's. */
export function fromRuns(runs: readonly Run[], codes: readonly Code[]): { text: string } | { problem: string } {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const open: string[] = [];
  let text = '';
  for (const run of runs) {
    if (run.kind === 'text') {
      text += run.text;
      continue;
    }
    const code = byId.get(run.id);
    const expected = run.kind === 'ph' ? 'ph' : 'pair';
    if (!code || code.kind !== expected) return { problem: `inline code ${run.id} is not ${expected === 'ph' ? 'a placeholder' : 'an emphasis'} of the source` };
    if (run.kind === 'close') {
      if (open.pop() !== run.id) return { problem: `inline code ${run.id} closes out of order` };
      text += `</${code.native}>`;
      continue;
    }
    if (seen.has(run.id)) return { problem: `inline code ${run.id} appears twice` };
    seen.add(run.id);
    if (run.kind === 'open') open.push(run.id);
    text += run.kind === 'ph' ? code.native : `<${code.native}>`;
  }
  if (open.length > 0) return { problem: `inline code ${open.at(-1)} is never closed` };
  const missing = codes.find((c) => !seen.has(c.id));
  if (missing) return { problem: `inline code ${missing.id} (${missing.kind === 'ph' ? missing.native : `<${missing.native}>`}) of the source is missing` };
  return { text };
}
