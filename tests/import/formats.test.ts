/**
 * Agreements in the formats they are published in, made by the tests themselves: a Markdown
 * agreement (date range, venue, link, footnote, GFM participants table), a Word file made with the
 * docx package (bullets, a numbered list, a bold heading, a participants table, no venue), and the
 * 2021 agreement as a PDF set by pdfmake (our own English edition), which must import back to the
 * structure and text of the hand-made source.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { readSource } from '../../src/import/readers/index.js';
import { localeValue, loadLocaleFile, type LocaleTree } from '../../src/source/locales.js';
import { loadAgreement } from '../../src/source/project.js';
import type { Agreement } from '../../src/source/schema.js';
import { importAgreement } from '../../src/import/index.js';
import { AGREEMENT_FILE, EN_LOCALE_FILE, REPO_ROOT, scratchProject } from '../helpers/project.js';
import { comparable, importAndBuild, RAW_MARKS, type ImportedEditions } from './helpers/imported-editions.js';
import { agreementShape, textKeys } from './helpers/shape.js';

const MARKDOWN = `# U.S.-China Dialogue on Data Governance

## Consensus Statement

June 10-11, 2024

Geneva, Switzerland

The two delegations met for the third time and agreed on the points below. The texts are published on the [dialogue's site](https://example.org/dialogue).[^1]

## Principles

1. Data flows should be predictable.
2. Each side names a contact point.

[^1]: The site is maintained by the secretariat.

## Participants

| Name | Affiliation |
| --- | --- |
| Alice Example | Director, Example Data Institute |
| Li Ming | Professor, Example University |
`;

describe('a Markdown agreement with a date range, a venue, a link, a footnote and a participants table', () => {
  let imported: ImportedEditions;

  beforeAll(async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-md-')), 'statement.md');
    await writeFile(file, MARKDOWN);
    imported = await importAndBuild(file, 'data-governance-2024', ['html', 'docx', 'pdf']);
  });

  it('reads the title block: dialogue, title, dates and venue', () => {
    expect(localeValue(imported.english, 'meta')).toEqual({ dialogue: 'U.S.-China Dialogue on Data Governance', title: 'Consensus Statement', shortTitle: 'Consensus Statement 2024' });
    expect(imported.agreement.dates).toEqual({ start: '2024-06-10', end: '2024-06-11' });
    expect(localeValue(imported.english, `venues.${imported.agreement.venue}`)).toBe('Geneva, Switzerland');
  });

  it('keeps the link with its address, the footnote as a note, the numbering as printed, and the table as participants', () => {
    const blocks = imported.english.blocks as Record<string, string>;
    expect(blocks['opening-p1']).toBe('The two delegations met for the third time and agreed on the points below. The texts are published on the dialogue\'s site (https://example.org/dialogue).[1]');
    expect(imported.agreement.sections.map((section) => section.id)).toEqual(['opening', 'principles', 'notes']);
    expect(blocks['notes-list1-1']).toBe('[1] The site is maintained by the secretariat.');
    expect([blocks['principles-list1-1'], blocks['principles-list1-2']]).toEqual(['1. Data flows should be predictable.', '2. Each side names a contact point.']);
    // The header row is not a person, and "Participants" names no delegation of its own.
    expect(imported.agreement.delegations).toEqual([{ id: 'delegation', untitled: true, people: [{ id: 'alice-example', affiliations: ['example-data-institute'] }, { id: 'li-ming', affiliations: ['example-university'] }] }]);
  });

  it('builds every format with the dates, the venue and "Participants" once, and no raw key', () => {
    expect(imported.pdfTitle).toBe('U.S.-China Dialogue on Data Governance: Consensus Statement');
    for (const [name, { text, raw }] of imported.outputs) {
      expect(text, name).toContain('June 10–11, 2024');
      expect(text, name).toContain('Geneva, Switzerland');
      expect(text.match(/Participants/g), name).toHaveLength(1);
      expect(text, name).toContain('1. Data flows should be predictable.');
      for (const mark of RAW_MARKS) expect(raw, name).not.toContain(mark);
    }
  });
});

/** A Word agreement as an office would write it: Title style, a bold line as a heading, bullets, Word numbering, a header row. */
async function wordAgreement(): Promise<Buffer> {
  const numbering = (reference: string, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    reference,
    levels: [0, 1].map((level) => ({ level, format, text: level === 0 ? text : '◦', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })),
  });
  const cell = (text: string, bold = false): TableCell => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const row = (cells: string[], header = false): TableRow => new TableRow({ tableHeader: header, children: cells.map((text) => cell(text, header)) });
  const document = new Document({
    numbering: { config: [numbering('bullets', LevelFormat.BULLET, '•'), numbering('steps', LevelFormat.DECIMAL, '%1.')] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Joint Communiqué on Trade Consultations', style: 'Title' }),
          new Paragraph({ text: 'January 1, 1979' }),
          new Paragraph({ text: 'The two governments held consultations and agreed as follows.' }),
          new Paragraph({ children: [new TextRun({ text: 'Agreed Points', bold: true })] }),
          new Paragraph({ text: 'Raised by the Chinese team:' }),
          new Paragraph({ text: 'Tariffs should be reviewed every year.', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'Reviews are published.', numbering: { reference: 'bullets', level: 1 } }),
          new Paragraph({ text: 'Both sides will meet again.', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Set a date for the next round.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Exchange the lists in advance.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Participants', heading: HeadingLevel.HEADING_1 }),
          new Table({ rows: [row(['Name', 'Position'], true), row(['Jane Roe', 'Director, Trade Office']), row(['Wang Fang', 'Counsellor, Ministry of Commerce'])] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('a Word agreement with a participants table and no venue', () => {
  let imported: ImportedEditions;

  beforeAll(async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-docx-')), 'communique.docx');
    await writeFile(file, await wordAgreement());
    imported = await importAndBuild(file, 'communique-1979', ['html', 'docx', 'pdf']);
  });

  it('reads the title, the date under it, headings by style and by look, a labelled nested list and a numbered list', () => {
    expect(localeValue(imported.english, 'meta')).toEqual({ title: 'Joint Communiqué on Trade Consultations', shortTitle: 'Joint Communiqué on Trade Consultations 1979' });
    expect(imported.agreement.dates).toEqual({ start: '1979-01-01', end: '1979-01-01' });
    expect(imported.agreement).not.toHaveProperty('venue');
    expect(agreementShape(imported.agreement)).toEqual({
      sections: [
        { untitled: true, blocks: ['paragraph'] },
        { untitled: false, blocks: [{ group: [{ list: [['item']], ordered: false }] }] },
        { untitled: false, blocks: [{ list: ['item', 'item'], ordered: true }] },
      ],
      delegations: [2],
    });
    expect(localeValue(imported.english, 'sections')).toEqual({ 'agreed-points': 'Agreed Points', 'both-sides-will': 'Both sides will meet again.' });
  });

  it('takes the people from the table below its header row (the header row is not a person)', () => {
    expect(imported.agreement.delegations[0]!.people.map((person) => localeValue(imported.english, `people.${person.id}`))).toEqual([
      { name: 'Jane Roe', position: 'Director, Trade Office' },
      { name: 'Wang Fang', position: 'Counsellor, Ministry of Commerce' },
    ]);
  });

  it('builds every format without a venue, a raw key, a doubled title or a second "Participants"', () => {
    // No dialogue line above the title: the PDF's title is the title alone, not "X: X".
    expect(imported.pdfTitle).toBe('Joint Communiqué on Trade Consultations');
    for (const [name, { text, raw }] of imported.outputs) {
      expect(text, name).toContain('January 1, 1979');
      expect(text.match(/Participants/g), name).toHaveLength(1);
      for (const mark of RAW_MARKS) expect(raw, name).not.toContain(mark);
    }
  });
});

describe('the 2021 agreement as a PDF set by pdfmake', () => {
  let imported: Agreement;
  let english: LocaleTree;
  let handmade: Agreement;
  let handmadeEnglish: LocaleTree;

  beforeAll(async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'briefing-pdf-source-'));
    await build({ root: REPO_ROOT, editions: ['en'], formats: ['pdf'], outDir });
    const root = await scratchProject();
    await importAgreement({ root, file: path.join(outDir, 'en.pdf'), id: 'consensus-2021' });
    imported = await loadAgreement(root, 'consensus-2021');
    english = await loadLocaleFile(root, path.join('locales', 'en', 'consensus-2021.json'));
    handmade = await loadAgreement(REPO_ROOT, path.basename(AGREEMENT_FILE, '.yaml'));
    handmadeEnglish = await loadLocaleFile(REPO_ROOT, EN_LOCALE_FILE);
  });

  it('has the sections, lists, nesting, groups and delegations of the hand-made source', () => {
    expect(agreementShape(imported)).toEqual(agreementShape(handmade));
  });

  it('puts the hand-made English text at every place of that structure', () => {
    const importedKeys = textKeys(imported);
    const handmadeKeys = textKeys(handmade);
    const text = (tree: LocaleTree, key: string): string => comparable(stripInlineMarkup(String(localeValue(tree, key))));
    expect(importedKeys.map((key) => text(english, key))).toEqual(handmadeKeys.map((key) => text(handmadeEnglish, key)));
  });

  it('reads the title block, the dates, the venue, the session and the organizers', () => {
    expect(localeValue(english, 'meta')).toEqual({ dialogue: 'U.S.-China Track II Dialogue on the Digital Economy', title: 'Consensus Agreement', shortTitle: 'Consensus Agreement 2021' });
    expect(imported).toMatchObject({ session: 4, dates: { start: '2021-11-17', end: '2021-11-18' } });
    expect(localeValue(english, `venues.${imported.venue}`)).toBe('Zoom meeting');
    expect(imported.organizers).toHaveLength(2);
  });
});

describe('reading HTML and refusing a PDF without text', () => {
  it('reads headings, numbered lists as a browser numbers them, tables with a header row, and links', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-html-')), 'page.html');
    await writeFile(
      file,
      '<html><head><title>Page title</title><script>var x = "{{no}}";</script></head><body><h1>Statement</h1><p>See <a href="https://example.org/x">the annex</a>.</p>' +
        '<ol type="a" start="2"><li>First</li><li>Second</li></ol><table><tr><th>Term</th><th>Meaning</th></tr><tr><td>CC</td><td>Creative Commons</td></tr></table></body></html>',
    );
    const document = await readSource(file, 'page.html');
    expect(document).toEqual({
      metadataTitle: 'Page title',
      footnotes: [],
      nestingMayBeLost: false,
      blocks: [
        { kind: 'heading', level: 1, text: 'Statement' },
        { kind: 'paragraph', lines: ['See the annex (https://example.org/x).'] },
        { kind: 'list', ordered: true, items: [{ text: 'b. First', items: [] }, { text: 'c. Second', items: [] }] },
        { kind: 'table', header: true, rows: [['Term', 'Meaning'], ['CC', 'Creative Commons']] },
      ],
    });
  });

  it('says in one line that a PDF without a text layer needs OCR', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-scan-')), 'scan.pdf');
    // One page with a filled square and no text, as a scanner without OCR makes it (an image instead of the square).
    const page = '0 0 100 100 re f';
    const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R]/Count 1>>', '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>', `<</Length ${page.length}>>stream\n${page}\nendstream`];
    await writeFile(file, `%PDF-1.4\n${objects.map((object, i) => `${i + 1} 0 obj${object}\nendobj\n`).join('')}trailer<</Root 1 0 R>>\n%%EOF\n`);
    await expect(readSource(file, 'scan.pdf')).rejects.toMatchObject({
      message: 'scan.pdf: this PDF has no text layer (a scan?): run OCR on it first (for example `ocrmypdf in.pdf out.pdf`) and import the result',
      exitCode: 2,
    });
  });
});
