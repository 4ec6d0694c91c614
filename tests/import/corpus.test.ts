/**
 * Every document of the shared corpus (real texts nobody here wrote) imports and builds in
 * English: its own title, no invented date, the sections, lists and items it has, and every
 * paragraph of the source in the output, list numbering as printed. One format per document keeps
 * this suite fast; the client suite builds every format.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeValue } from '../../src/source/locales.js';
import { CORPUS } from '../helpers/corpus.js';
import { CORPUS_DOCUMENTS, listCounts, sourceParagraphs, type Expected } from './helpers/corpus-documents.js';
import { comparable, importAndBuild, RAW_MARKS, type ImportedEditions } from './helpers/imported-editions.js';

/** Each document imported and built once for the whole file. */
const editions = new Map<string, Promise<ImportedEditions>>();
function importOnce({ file, format }: Expected): Promise<ImportedEditions> {
  const id = file.replace(/\.en\.\w+$/, '').replace(/\./g, '-');
  if (!editions.has(file)) editions.set(file, importAndBuild(path.join(CORPUS, file), id, [format]));
  return editions.get(file)!;
}

describe.each(CORPUS_DOCUMENTS)('import of $file from the corpus', (expected) => {
  let imported: ImportedEditions;

  beforeAll(async () => {
    imported = await importOnce(expected);
  });

  it('takes the title from the document, invents no date, venue or organizers', () => {
    expect(localeValue(imported.english, 'meta.title')).toBe(expected.title);
    expect(localeValue(imported.english, 'meta.dialogue')).toBe(expected.dialogue);
    expect(imported.agreement).not.toHaveProperty('dates');
    expect(imported.agreement).not.toHaveProperty('venue');
    expect(imported.agreement.organizers).toEqual([]);
  });

  it('finds its sections, lists and items', () => {
    expect(imported.agreement.sections).toHaveLength(expected.sections);
    expect(listCounts(imported.agreement)).toEqual({ lists: expected.lists, items: expected.items });
  });

  it('builds an edition that carries every paragraph of the source, numbering as printed, and no raw key', () => {
    const [name, output] = [...imported.outputs][0]!;
    expect(name).toBe(`en.${expected.format}`);
    const text = comparable(output.text);
    if (!expected.file.endsWith('.pdf')) for (const paragraph of sourceParagraphs(path.join(CORPUS, expected.file))) expect(text).toContain(paragraph);
    for (const mark of RAW_MARKS) expect(output.raw).not.toContain(mark);
  });
});

describe('the scanned UN resolution with an OCR text layer', () => {
  let imported: ImportedEditions;

  beforeAll(async () => {
    imported = await importOnce(CORPUS_DOCUMENTS.find((document) => document.format === 'pdf')!);
  });

  it('reads its text in order: letterhead left before right, title, sponsors, the resolution as one paragraph', () => {
    const blocks = Object.values(imported.english.blocks as Record<string, string>);
    expect(blocks.slice(2, 8)).toEqual(['<strong>UNITED</strong>', '<strong>GENERAL</strong>', '<strong>ASSEMBLY</strong>', 'Distr. LIMITED', 'A/L.632 ~9 September 1971', 'ORIGINAL: ENGLISH']);
    expect(blocks).toContain(
      'Decides that any proposal in the General Assembly which would result in depriving the Republic of China of representation in the United Nations is an important question under Article 18 of the Charter.',
    );
    // "~9 September" is the OCR's reading of "29 September": a date it cannot read is left out.
    expect(imported.report.notes).toContainEqual(expect.stringMatching(/^no date line/));
  });
});
