/** Generators of broken input shared by the property tests. */
import fc from 'fast-check';

/** The text with one to four edits, each removing up to 20 characters somewhere and inserting generated ones. */
export function edited(base: string, insert: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.nat({ max: base.length }), remove: fc.nat({ max: 20 }), text: insert });
  return fc
    .array(edit, { minLength: 1, maxLength: 4 })
    .map((edits) => edits.reduce((text, { at, remove, text: inserted }) => text.slice(0, at) + inserted + text.slice(at + remove), base));
}

export const joined = (parts: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.array(parts, { maxLength: 6 }).map((p) => p.join(''));
export const anyText = fc.string({ unit: 'binary', maxLength: 30 });

/** A JSON-like value to put in place of any part of a document. */
export const jsonish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 3 }, anyText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(anyText, tie('value'), { maxKeys: 3 })),
})).value;

