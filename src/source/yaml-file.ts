import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, type ExitCode } from '../errors.js';
import { parsedOnce } from './parsed-once.js';
import { printable } from './printable.js';
import { readTextFile } from './text-file.js';

/** Deeper than any agreement or profile: validation recurses, so deeper input is refused before it. */
const MAX_DEPTH = 64;

/** Reads a YAML file and validates it, reporting errors as `file:line:col: path: problem`. */
export async function loadYamlFile<T>(
  file: string,
  displayName: string,
  schema: z.ZodType<T>,
  exitCode: ExitCode = 1,
): Promise<T> {
  return parseYamlText(await readTextFile(file, displayName, exitCode), displayName, schema, exitCode);
}

/** Parses YAML text and validates it against `schema`; every problem is a ContentError naming `displayName`. */
export function parseYamlText<T>(text: string, displayName: string, schema: z.ZodType<T>, exitCode: ExitCode = 1): T {
  return parsedOnce(schema, text, () => parseAndValidate(text, displayName, schema, exitCode));
}

function parseAndValidate<T>(text: string, displayName: string, schema: z.ZodType<T>, exitCode: ExitCode): T {
  const lineCounter = new LineCounter();
  // Warnings (a collection used as a key, an unknown tag) would go to stderr beside our one line; validation reports what matters.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error' });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lineCounter.linePos(syntax.pos[0]);
    // The parser recurses: a stack overflow means nesting far deeper than any source file needs.
    const problem = /call stack/i.test(syntax.message) ? `nested too deeply (more than ${MAX_DEPTH} levels)` : firstLine(syntax.message);
    throw new ContentError(displayName, `${pos.line}:${pos.col}`, `YAML syntax: ${printable(problem)}`, exitCode);
  }
  if (doc.contents === null) throw new ContentError(displayName, undefined, 'the file is empty: write the fields described in README.md', exitCode);
  const result = schema.safeParse(plainData(doc, lineCounter, displayName, exitCode), { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const located = unknownKey === undefined ? path : [...path, unknownKey];
  const pos = positionOf(doc, located, lineCounter);
  const found = unknownKey === undefined && issue.code !== 'custom' ? foundValue(issue.input, located.at(-1)) : '';
  // Keys and messages quote the file: escape line breaks so that the error stays one line.
  throw new ContentError(displayName, pos, printable(`${formatPath(located)}: ${issue.message}${found}`), exitCode);
}

/**
 * The document as plain data. Aliases may repeat a value, but one inside its own anchor would be
 * an endless value, and the expansion of aliases is capped (yaml's maxAliasCount).
 */
function plainData(doc: Document, lineCounter: LineCounter, displayName: string, exitCode: ExitCode): unknown {
  const at = (node: { range?: [number, number, number] | null }): string | undefined => {
    if (!node.range) return undefined;
    const pos = lineCounter.linePos(node.range[0]);
    return `${pos.line}:${pos.col}`;
  };
  visit(doc, {
    Alias(_, alias, ancestors) {
      if (ancestors.includes(alias.resolve(doc)!)) {
        throw new ContentError(displayName, at(alias), `YAML alias *${alias.source} is inside the value it refers to (&${alias.source}): write the value out`, exitCode);
      }
    },
    Collection(_, collection, ancestors) {
      if (ancestors.length > MAX_DEPTH) throw new ContentError(displayName, at(collection), `nested too deeply (more than ${MAX_DEPTH} levels)`, exitCode);
    },
  });
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ContentError(displayName, undefined, `cannot expand the YAML aliases (${(error as Error).message}): write the values out`, exitCode);
  }
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
