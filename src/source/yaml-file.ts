import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, type ExitCode } from '../errors.js';

/** Reads a YAML file and validates it, reporting errors as `file:line:col: path: problem`. */
export async function loadYamlFile<T>(
  file: string,
  displayName: string,
  schema: z.ZodType<T>,
  exitCode: ExitCode = 1,
): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ContentError(displayName, undefined, `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 2);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lineCounter.linePos(syntax.pos[0]);
    throw new ContentError(displayName, `${pos.line}:${pos.col}`, `YAML syntax: ${firstLine(syntax.message)}`, exitCode);
  }
  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const located = unknownKey === undefined ? path : [...path, unknownKey];
  const pos = positionOf(doc, located, lineCounter);
  const found = unknownKey === undefined && issue.code !== 'custom' ? foundValue(issue.input, located.at(-1)) : '';
  throw new ContentError(displayName, pos, `${formatPath(located)}: ${issue.message}${found}`, exitCode);
}

/** The line:col of the deepest node along `path` that exists in the document. */
function positionOf(doc: Document, path: (string | number)[], lineCounter: LineCounter): string | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const pos = lineCounter.linePos(node.range[0]);
      return `${pos.line}:${pos.col}`;
    }
  }
  return undefined;
}

/** " (found …)" with the offending value; a discriminator issue reports the object, so take its field. */
function foundValue(input: unknown, key: string | number | undefined): string {
  const value = typeof input === 'object' && input !== null && typeof key === 'string' && key in input ? (input as Record<string, unknown>)[key] : input;
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return ` (found ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)';
}

function firstLine(message: string): string {
  return message.split('\n')[0]!;
}
