import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { findMarkupProblem, inlineMarkupToHtml, stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { printable } from '../../src/source/printable.js';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

const RUNS = { numRuns: 2000 };
const ALLOWED_TAGS = ['<strong>', '</strong>', '<em>', '</em>'];

/** Strings made of markup fragments, so that tags, near-tags and attack payloads come up often. */
const fragments = fc.constantFrom(
  '<strong>', '</strong>', '<em>', '</em>', '<STRONG>', '<Em >', '<strong/>', '<', '>', '/', '=', '"', "'", ' ', '\n',
  'strong', 'em', 'script', '<script>', '</script>', '<img src=x onerror=alert(1)>', ' onclick="x()"', 'onmouseover=', '<!--', '-->',
  '<strong\nclass=x>', '<em\r\n>', '<![CDATA[', '<?xml', '<!DOCTYPE html>', '&', '&#60;', '&lt;', '&#60;strong&#62;', 'javascript:', 'text', '数字经济', '，', '\u0000', '\uD800',
);
const markupLike = fc.oneof(fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 40 }));

/** Every element in the HTML as a browser's parser builds it (parse5 follows the HTML standard). */
function elements(html: string): DefaultTreeAdapterMap['element'][] {
  const found: DefaultTreeAdapterMap['element'][] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(html));
  return found;
}

const unescape = (html: string): string => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('inline markup, over generated strings', () => {
  it('never lets through an element other than <strong>/<em>, nor any attribute, whatever the problem finder says', () => {
    fc.assert(
      fc.property(markupLike, (text) => {
        const html = inlineMarkupToHtml(text);
        for (const element of elements(html)) {
          expect(['strong', 'em']).toContain(element.tagName);
          expect(element.attrs).toEqual([]);
        }
        expect(html).not.toMatch(/<script|<img|["']|<[^>]*\son\w*=/i);
        for (const tag of html.match(/<[^>]*>/g) ?? []) expect(ALLOWED_TAGS).toContain(tag);
      }),
      RUNS,
    );
  });

  it('keeps the text: unescaped and without its tags, the HTML is the string without its markup', () => {
    fc.assert(
      fc.property(markupLike, (text) => {
        expect(unescape(inlineMarkupToHtml(text).replace(/<\/?(strong|em)>/g, ''))).toBe(stripInlineMarkup(text));
      }),
      RUNS,
    );
  });

  it('passes only balanced, properly nested <strong>/<em>, and names a problem as written, on one line', () => {
    fc.assert(
      fc.property(markupLike, (text) => {
        const problem = findMarkupProblem(text);
        if (problem) {
          expect(printable(text)).toContain(problem.tag);
          expect(`${problem.tag} ${problem.reason}`).not.toMatch(/[\n\r\u2028\u2029]/);
          return;
        }
        const open: string[] = [];
        for (const [tag, slash, name] of inlineMarkupToHtml(text).matchAll(/<(\/?)(strong|em)>/g)) {
          if (slash) expect(open.pop(), tag).toBe(name);
          else open.push(name!);
        }
        expect(open).toEqual([]);
      }),
      RUNS,
    );
  });
});
