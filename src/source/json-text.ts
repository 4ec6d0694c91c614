import { ContentError, type ExitCode } from '../errors.js';
import { placeAt } from './place.js';
import { printable } from './printable.js';

/** Parses JSON, reporting a syntax error as `file:line:column: invalid JSON: problem`. */
export function parseJsonText(text: string, displayName: string, exitCode: ExitCode = 1): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(text, message);
    const problem = message.replace(/(?: in JSON)? at position \d+.*$/s, '').replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
    throw new ContentError(displayName, offset === undefined ? undefined : placeAt(text, offset), `invalid JSON: ${printable(problem)}`, exitCode);
  }
}

/** V8 quotes this many characters on either side of an unexpected token instead of giving its position. */
const CONTEXT = 10;

/** Where JSON.parse failed, from V8's message: a position, the end of the input, or a quoted context around a token. */
function jsonErrorOffset(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (message.startsWith('Unexpected end of JSON input')) return text.length;
  const token = /^Unexpected token '(.+?)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (!token) return undefined;
  const [, character, cutBefore, context, cutAfter] = token as unknown as [string, string, string | undefined, string, string | undefined];
  if (!cutBefore && !cutAfter) return Math.max(0, text.indexOf(character)); // a short input, quoted whole
  if (!cutBefore) return context.length - CONTEXT; // near the start
  if (!cutAfter) return text.length - context.length + CONTEXT; // near the end
  for (let at = text.indexOf(context); at >= 0; at = text.indexOf(context, at + 1)) {
    if (text.startsWith(character, at + CONTEXT)) return at + CONTEXT;
  }
  return undefined;
}
