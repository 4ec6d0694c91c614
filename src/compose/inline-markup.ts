import { printable } from '../source/printable.js';

/**
 * Locale strings may carry a restricted inline markup: <strong>…</strong> and <em>…</em>,
 * without attributes. Everything else in a string is text and is escaped.
 */
export const ALLOWED_INLINE_TAGS = ['strong', 'em'] as const;

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>|<!--/g;

export interface MarkupProblem {
  /** The offending tag as written, line breaks escaped (a tag may span lines; a message may not). */
  tag: string;
  reason: string;
}

/** The first problem in a string's markup, or undefined when only allowed, balanced tags are used. */
export function findMarkupProblem(text: string): MarkupProblem | undefined {
  const open: string[] = [];
  for (const match of text.matchAll(TAG)) {
    const [written, name] = match;
    const tag = printable(written);
    if (tag === '<!--') return { tag, reason: 'comments are not allowed' };
    const lower = name!.toLowerCase();
    if (!(ALLOWED_INLINE_TAGS as readonly string[]).includes(lower)) {
      return { tag, reason: `only ${ALLOWED_INLINE_TAGS.map((t) => `<${t}>`).join(' and ')} are allowed` };
    }
    const plain = written.startsWith('</') ? `</${lower}>` : `<${lower}>`;
    if (written.toLowerCase() !== plain) return { tag, reason: 'attributes are not allowed' };
    if (written !== plain) return { tag, reason: `write it in lowercase: ${plain}` };
    if (written.startsWith('</')) {
      if (open.pop() !== lower) return { tag, reason: 'closes a tag that is not open' };
    } else {
      if (open.includes(lower)) return { tag, reason: `<${lower}> inside <${lower}>` };
      open.push(lower);
    }
  }
  if (open.length > 0) return { tag: `<${open.at(-1)}>`, reason: 'is never closed' };
  return undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML for a string already checked with findMarkupProblem: text escaped, allowed tags restored. */
export function inlineMarkupToHtml(text: string): string {
  return escapeHtml(text).replace(/&#60;(\/?)(strong|em)&#62;/g, '<$1$2>');
}

/** The string without its markup, for places that take plain text (titles, metadata). */
export function stripInlineMarkup(text: string): string {
  return text.replace(/<\/?(strong|em)>/g, '');
}
