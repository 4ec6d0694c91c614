/**
 * Parsed values by what they were parsed from. One command reads a project's files in several steps
 * (the check before a build, the build's jobs, the project it composes from), and watch mode reads
 * them all again for every rebuild: reading a file is cheap, parsing and validating it is not (the
 * agreement's YAML takes 10 ms warm, 60 ms cold). Texts that failed are not kept: they fail again.
 */

/** Texts kept per kind of parse; past it the oldest are dropped (a batch parses many profiles once). */
const KEPT_PER_KIND = 32;

const byKind = new WeakMap<object, Map<string, unknown>>();

/**
 * `parse(text)`, or what it returned for the same text before. `kind` names the parse (a schema, a
 * function): the same text parsed another way is another entry. Each caller gets its own copy, so
 * that a caller that changes its value changes no other's.
 */
export function parsedOnce<T>(kind: object, text: string, parse: (text: string) => T): T {
  let parsed = byKind.get(kind);
  if (!parsed) {
    parsed = new Map();
    byKind.set(kind, parsed);
  }
  if (!parsed.has(text)) {
    const value = parse(text);
    if (parsed.size >= KEPT_PER_KIND) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, value);
  }
  return structuredClone(parsed.get(text) as T);
}
