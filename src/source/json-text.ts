import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ContentError, type ExitCode } from '../errors.js';
import { placeAt } from './place.js';
import { printable } from './printable.js';

/** What each of jsonc-parser's error codes means to someone editing the file. */
const PROBLEMS: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a "quoted" key',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the key",
  CommaExpected: "expected ',' before the next value, or a closing bracket",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comment not closed',
  UnexpectedEndOfString: 'string not closed before the end of the line',
  UnexpectedEndOfNumber: 'number cut short',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after \\ (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)',
  InvalidCharacter: 'a control character inside a string (write a line break as \\n)',
};

/**
 * Parses JSON (RFC 8259: no comments, no trailing commas) with jsonc-parser, which reports every
 * problem at its offset: `file:line:column: invalid JSON: problem`. A key written twice in one object
 * is an error at the second one (JSON.parse would keep the last value silently).
 */
export function parseJsonText(text: string, displayName: string, exitCode: ExitCode = 1): unknown {
  const errors: ParseError[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // The parser recurses: only nesting far deeper than any source file exhausts the stack.
    if (error instanceof RangeError) throw new ContentError(displayName, undefined, 'invalid JSON: nested too deeply (source files have a few levels)', exitCode);
    throw error;
  }
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    // An unexpected character is shown: often a string without its opening quote.
    const problem = code === 'InvalidSymbol' ? `unexpected character ${printable(JSON.stringify(text.charAt(first.offset)))} (strings are written in "double quotes")` : PROBLEMS[code];
    throw new ContentError(displayName, placeAt(text, first.offset), `invalid JSON: ${problem ?? 'syntax error'}`, exitCode);
  }
  return valueOf(tree!, text, displayName, exitCode, []);
}

/** The node's value, with an error at the second of two equal keys in an object. */
function valueOf(node: Node, text: string, displayName: string, exitCode: ExitCode, keyPath: string[]): unknown {
  if (node.type === 'array') return (node.children ?? []).map((child, i) => valueOf(child, text, displayName, exitCode, [...keyPath, String(i)]));
  if (node.type !== 'object') return node.value;
  const object: Record<string, unknown> = {};
  const firstAt = new Map<string, number>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children as [Node, Node];
    const key = keyNode.value as string;
    const earlier = firstAt.get(key);
    if (earlier !== undefined) {
      const dotted = printable([...keyPath, key].join('.'));
      throw new ContentError(displayName, placeAt(text, keyNode.offset), `duplicate key ${dotted} (first at line ${placeAt(text, earlier).split(':')[0]}): keep one of them`, exitCode);
    }
    firstAt.set(key, keyNode.offset);
    // defineProperty: a key "__proto__" is data, as JSON.parse makes it, never the object's prototype.
    Object.defineProperty(object, key, { value: valueOf(valueNode, text, displayName, exitCode, [...keyPath, key]), enumerable: true, writable: true, configurable: true });
  }
  return object;
}
