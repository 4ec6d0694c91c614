/**
 * Nothing raw reaches an output of an imported agreement. The English fixtures of the import tests
 * (a Markdown agreement, a communiqué with `--` bullets, an HTML page) and a Markdown agreement with
 * no venue, date or organizers are imported and built in every format; each output is searched for
 * raw locale keys (`venues.`, `organizations.`, `meta.`) and template syntax (`{{`), and dates appear
 * only where the document has them. (The Markdown and Word fixtures of formats.test.ts, the 2021
 * agreement of consensus.test.ts and the corpus of corpus.test.ts are searched the same way there; the
 * client suite builds the corpus in every format.)
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/writers/index.js';
import { importAndBuild, RAW_MARKS } from './helpers/imported-editions.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

/**
 * A statement as a working group might post it: a heading, no date, no venue, no one convening, a
 * participant listed without a position and a table with an empty cell (strings are never empty, so
 * neither may be written as an empty string).
 */
const NO_VENUE = `# Joint Statement on Data Formats

The two delegations compared their rules on data formats and agreed on the points below.

## Points Agreed

- Formats are published before they take effect.
- Each side names a contact point.

## Formats Compared

| Format | Published by |
|---|---|
| CSV | Both sides |
| Parquet | |

## Next Steps

The delegations will meet again.

## Participants

| Name | Position |
|---|---|
| Jane Doe | Director, Data Office |
| John Roe | |
`;

async function written(name: string, content: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-raw-keys-')), name);
  await writeFile(file, content);
  return file;
}

const CASES = [
  { name: 'a Markdown agreement with no venue, date or organizers', id: 'data-formats', file: () => written('statement.md', NO_VENUE), years: [], says: 'Each side names a contact point.' },
  { name: 'working-group.md', id: 'working-group-2024', file: async () => path.join(FIXTURES, 'import', 'working-group.md'), years: ['2024'], says: 'The next session will take place in the autumn.' },
  { name: 'communique.en.txt', id: 'communique-1979', file: async () => path.join(FIXTURES, 'align', 'communique.en.txt'), years: ['1978', '1979', '1984'], says: 'to hold a joint meeting on agricultural research once every two years;' },
  {
    name: 'an HTML agreement page',
    id: 'annex',
    file: () =>
      written(
        'annex.html',
        '<html><head><title>Annex</title></head><body><h1>Annex on Terms</h1><p>The terms below are used in the statement.</p>' +
          '<table><tr><th>Term</th><th>Meaning</th></tr><tr><td>CC</td><td>Creative Commons</td></tr></table></body></html>',
      ),
    years: [],
    says: 'Creative Commons',
  },
];

describe.each(CASES)('every output of $name', ({ id, file, years, says }) => {
  it('carries no raw key or template tag, and no date the document does not give', async () => {
    const imported = await importAndBuild(await file(), id, [...FORMATS]);
    expect([...imported.outputs.keys()].sort()).toEqual(FORMATS.map((format) => `en.${format}`).sort());
    if (id === 'data-formats') {
      expect(imported.agreement).not.toHaveProperty('dates');
      expect(imported.agreement).not.toHaveProperty('venue');
      expect(imported.agreement.organizers).toEqual([]);
      expect(imported.english.people).toEqual({ 'jane-doe': { name: 'Jane Doe', position: 'Director, Data Office' }, 'john-roe': { name: 'John Roe' } });
      const table = imported.agreement.sections.find((section) => section.id === 'formats-compared')!.blocks[0]!;
      expect(table.type === 'table' && table.rows.at(-1)).toEqual(['formats-compared-table1-r3c1', null]);
      expect(imported.report.notes).toContain('no position for “John Roe” (a line “Name<TAB>Position” was expected): add people.john-roe.position if the document gives one');
    }
    for (const [name, { text, raw }] of imported.outputs) {
      expect(text, name).toContain(says);
      if (id === 'data-formats') expect(text, name).toMatch(/Parquet.*Jane Doe ?Director, Data Office.*John Roe/);
      for (const mark of RAW_MARKS) expect(raw, `${name}: ${mark}`).not.toContain(mark);
      expect([...new Set(text.match(/\b(19|20)\d\d\b/g) ?? [])].sort(), name).toEqual(years);
    }
  });
});
