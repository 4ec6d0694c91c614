import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import type { ManifestEntry } from '../../src/io/manifest.js';
import { allIds, loadAgreement } from '../../src/source/project.js';
import { attribute, findAll, htmlText } from '../../src/writers/html/read.js';
import { docxText } from '../../src/writers/docx/read.js';
import { pdfText } from '../../src/writers/pdf/read.js';
import { squash, type ExtractedText } from '../../src/writers/common/text.js';
import { readSourceText } from '../helpers/source-text.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const source = readSourceText();
let outDir: string;
let manifest: { outputs: ManifestEntry[] };
const extracted: Record<string, ExtractedText> = {};

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'briefing-en-'));
  await build({ root: ROOT, editions: ['en'], formats: ['pdf', 'docx', 'html'], outDir });
  manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8'));
  extracted.pdf = await pdfText(path.join(outDir, 'en.pdf'));
  extracted.docx = await docxText(path.join(outDir, 'en.docx'));
  extracted.html = await htmlText(path.join(outDir, 'en.html'));
});

/** Case and dash style of the title block differ by design (title case; Intl's en dash in date ranges). */
const titleForm = (text: string): string => squash(text).toLowerCase().replace(/[-–]/g, '-');

describe.each(['pdf', 'docx', 'html'])('English %s edition', (format) => {
  it('carries every sentence of the source text verbatim', () => {
    const text = extracted[format]!.text;
    const missing = source.sentences.filter((sentence) => !text.includes(sentence));
    expect(source.sentences.length).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });

  it('carries the title block and every heading', () => {
    const text = titleForm(extracted[format]!.text);
    for (const line of [...source.titleLines, ...source.headings]) expect(text).toContain(titleForm(line));
  });

  it('carries every participant with name and position', () => {
    const text = extracted[format]!.text;
    expect(source.participants).toHaveLength(30);
    for (const { name, position } of source.participants) {
      expect(text).toContain(name);
      expect(text).toContain(position);
    }
  });

  it('keeps the emphasis of the source', () => {
    const bold = extracted[format]!.bold;
    expect(source.bold).toHaveLength(8);
    for (const phrase of source.bold) expect(bold).toContain(phrase);
    // and nothing else of the body is bold: the first sentence's plain part is not
    expect(bold).not.toContain('convened their fourth Track II Dialogue');
  });

  it('follows the source order of sections', () => {
    const text = extracted[format]!.text;
    const positions = source.headings.map((heading) => text.toLowerCase().indexOf(heading.toLowerCase()));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('English HTML structure', () => {
  it('marks every block of the data with data-block, once, in source order', async () => {
    const agreement = await loadAgreement(ROOT);
    const { document } = (await htmlText(path.join(outDir, 'en.html'))) as Awaited<ReturnType<typeof htmlText>>;
    const blocks = findAll(document, (e) => attribute(e, 'data-block') !== undefined).map((e) => attribute(e, 'data-block'));
    const sectionIdSet = new Set(agreement.sections.map((section) => section.id));
    const expected = allIds(agreement).filter((id) => !sectionIdSet.has(id));
    expect(blocks).toEqual(expected);
    const sections = findAll(document, (e) => e.tagName === 'section').map((e) => attribute(e, 'data-section'));
    expect(sections).toEqual([...agreement.sections.map((s) => s.id), 'participants']);
  });

  it('nests the two implementations under "Define how both nations can agree…"', async () => {
    const { document } = (await htmlText(path.join(outDir, 'en.html'))) as Awaited<ReturnType<typeof htmlText>>;
    const item = findAll(document, (e) => attribute(e, 'data-block') === 'track1-security')[0]!;
    const children = findAll(item, (e) => e !== item && e.tagName === 'li').map((e) => attribute(e, 'data-block'));
    expect(children).toEqual(['track1-security-semiconductors', 'track1-security-cloud']);
  });
});

describe('manifest.json', () => {
  it('lists the three outputs with their sections in order, sizes and hashes', async () => {
    const { createHash } = await import('node:crypto');
    expect(manifest.outputs.map((o) => o.file)).toEqual(['en.docx', 'en.html', 'en.pdf']);
    for (const output of manifest.outputs) {
      const content = await readFile(path.join(outDir, output.file));
      expect(output).toMatchObject({ edition: 'en', profile: null, languages: ['en'], bytes: content.length });
      expect(output.sha256).toBe(createHash('sha256').update(content).digest('hex'));
      expect(output.sections).toEqual(['opening', 'importance', 'risks', 'way-forward', 'track2', 'conclusion', 'participants']);
    }
  });
});

describe('PDF pages', () => {
  it('are numbered "Page x of y" on every page', async () => {
    const { pages } = await pdfText(path.join(outDir, 'en.pdf'));
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => expect(squash(page)).toContain(`Page ${i + 1} of ${pages.length}`));
  });
});
