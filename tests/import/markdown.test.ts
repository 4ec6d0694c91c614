/** A Markdown agreement: marked headings, an ordered list with nested bullets, emphasis, a group, participants. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importAgreement, type ImportReport } from '../../src/import/index.js';
import { readMarkdown } from '../../src/import/readers/markdown.js';
import { structure } from '../../src/import/structure.js';
import { loadLocaleFile, type LocaleTree } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import type { Agreement } from '../../src/source/schema.js';
import { scratchProject } from '../helpers/project.js';

const FILE = path.join(import.meta.dirname, '..', 'fixtures', 'import', 'working-group.md');

describe('briefing import of a Markdown file', () => {
  let agreement: Agreement;
  let strings: LocaleTree;
  let report: ImportReport;
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'briefing-import-md-'));
    report = await importAgreement({ root, file: FILE, id: 'working-group-2024' });
    agreement = await loadAgreement(root, 'working-group-2024');
    strings = await loadLocaleFile(root, path.join('locales', 'en', 'working-group-2024.json'));
  });

  it('takes sections from the marked headings and nesting from the indentation', () => {
    expect(agreement).toMatchObject({ session: 2, dates: { start: '2024-03-04', end: '2024-03-05' }, venue: 'geneva' });
    expect(agreement.sections).toEqual([
      { id: 'opening', untitled: true, blocks: [{ id: 'opening-p1', type: 'paragraph' }] },
      {
        id: 'shared-principles',
        blocks: [
          { id: 'shared-principles-p1', type: 'paragraph' },
          {
            id: 'shared-principles-list1',
            type: 'list',
            ordered: true,
            markers: 'printed',
            items: [
              { id: 'shared-principles-list1-1', items: [{ id: 'shared-principles-list1-1-1' }, { id: 'shared-principles-list1-1-2' }] },
              { id: 'shared-principles-list1-2', items: [{ id: 'shared-principles-list1-2-1' }] },
            ],
          },
          { id: 'shared-principles-group1', type: 'group', blocks: [{ id: 'shared-principles-list2', type: 'list', items: [{ id: 'shared-principles-list2-1' }, { id: 'shared-principles-list2-2' }] }] },
        ],
      },
      { id: 'next-steps', blocks: [{ id: 'next-steps-p1', type: 'paragraph' }] },
    ]);
    // Under a bare "Participants" heading the list has no title of its own: the templates print that word once.
    expect(agreement.delegations).toEqual([
      {
        id: 'delegation',
        untitled: true,
        people: [
          { id: 'alice-example', affiliations: ['example-data-institute'] },
          { id: 'bob-sample', affiliations: [] },
        ],
      },
    ]);
  });

  it('keeps emphasis as markup and joins wrapped and page-broken lines', () => {
    expect(strings).toMatchObject({
      meta: { dialogue: 'Working Group on Data Standards', title: 'Joint Summary', shortTitle: 'Joint Summary 2024' },
      venues: { geneva: 'Geneva' },
      organizations: { 'example-data-institute': 'Example Data Institute' },
      sections: { 'shared-principles': 'Shared Principles', 'next-steps': 'Next Steps' },
      people: { 'bob-sample': { name: 'Bob Sample', position: 'Professor of Statistics' } },
    });
    expect(strings.blocks).toMatchObject({
      'opening-p1': 'The two delegations met for their second session of the working group and agreed on the points below. The meeting was <em>informal</em> and <strong>off the record</strong>.',
      'shared-principles-list1-1': '1. Data standards should be open.',
      'shared-principles-list1-1-2': 'Comments are answered in writing before a standard is adopted.',
      'shared-principles-list1-2-1': 'The contact points meet every quarter and report to the working group on progress and open questions.',
      'shared-principles-group1': 'Raised by the hosts:',
    });
  });

  it('invents nothing it could not find: no organizers, no delegation title', () => {
    expect(report.notes).toEqual([]);
    expect(agreement.organizers).toEqual([]);
    expect(strings).not.toHaveProperty('delegations');
  });

  it('writes YAML laid out like the hand-made source', async () => {
    const yaml = await readFile(path.join(root, 'data', 'agreements', 'working-group-2024.yaml'), 'utf8');
    expect(yaml).toContain('dates: { start: 2024-03-04, end: 2024-03-05 }\n');
    expect(yaml).toContain('      - { id: shared-principles-p1, type: paragraph }\n');
    expect(yaml).toContain('      - { id: bob-sample }\n');
  });

  it('takes another locale namespace when another agreement already uses the id as its namespace', async () => {
    const project = await scratchProject(); // holds track2-digital-economy-2021, whose namespace is track2-2021
    const { written } = await importAgreement({ root: project, file: FILE, id: 'track2-2021' });
    expect(written.map((w) => w.file)).toEqual([path.join('data', 'agreements', 'track2-2021.yaml'), path.join('locales', 'en', 'track2-2021-2.json')]);
    expect((await loadAgreement(project, 'track2-2021')).namespace).toBe('track2-2021-2');
  });

  it('says when a plain-text list may hide sub-items', () => {
    const { notes } = structure(readMarkdown('Steps:\n\n- Prepare the following:\n- Data\n- Tools\n', { plainText: true }));
    expect(notes).toEqual(['list item “Prepare the following:” ends with a colon: if items after it belong to it, indent them in the file and import again']);
  });

  it('reads the bullets word processors write into plain text, tab-indented sub-items included', () => {
    const { blocks } = readMarkdown('Points:\n\n• First point\n• Second point\n\t◦ Its detail\n', { plainText: true });
    expect(blocks).toEqual([
      { kind: 'paragraph', lines: ['Points:'] },
      { kind: 'list', ordered: false, items: [{ text: 'First point', items: [] }, { text: 'Second point', items: [{ text: 'Its detail', items: [] }] }] },
    ]);
  });
});
