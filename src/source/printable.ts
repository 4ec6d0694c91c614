/**
 * Text from a source file as it may appear in a one-line error message: line breaks, other control
 * characters and unpaired surrogates are written as escapes (\n, \u0007), everything else as it is.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]|\p{Cs}/gu, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
