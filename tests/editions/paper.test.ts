/**
 * Paper: `--paper`, `paper:` in data/config.yaml and in a profile, read back from each format with
 * independent readers: the PDF page size (pdf.js), the DOCX section's w:pgSz, the HTML print sheet's @page.
 */
import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { pdfText } from '../../src/writers/pdf/read.js';
import { briefing } from '../helpers/cli.js';
import { scratchProject } from '../helpers/project.js';
import { captionPages, continuedOnLaterPages } from '../helpers/continued-tables.js';

async function pdfPageSizes(file: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const sizes = new Set<string>();
  for (let n = 1; n <= pdf.numPages; n++) sizes.add((await pdf.getPage(n)).view.map((v) => Math.round(v)).join(' '));
  return [...sizes];
}

const docxPageSize = async (file: string): Promise<string> => {
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(file)))['word/document.xml']!);
  return /<w:pgSz [^>]*>/.exec(xml)![0];
};

const htmlPageRule = async (file: string): Promise<string> => /@page \{[^}]*\}/.exec(await readFile(file, 'utf8'))![0];

const A4 = '0 0 595 842';
const LETTER = '0 0 612 792';

let root: string;
let letterDir: string;

beforeAll(async () => {
  root = await scratchProject();
  // The project prints on Letter; one packet asks for A4.
  await appendFile(path.join(root, 'data', 'config.yaml'), 'paper: letter\n');
  await appendFile(path.join(root, 'data', 'profiles', 'executive-office-recommendations.yaml'), 'paper: a4\n');
  letterDir = await mkdtemp(path.join(tmpdir(), 'briefing-paper-'));
  await build({ root, editions: ['en'], profiles: ['executive-office-recommendations'], formats: ['pdf', 'docx', 'html'], outDir: letterDir });
});

describe('paper', () => {
  it('sets every format on the paper of data/config.yaml', async () => {
    expect(await pdfPageSizes(path.join(letterDir, 'en.pdf'))).toEqual([LETTER]);
    expect(await docxPageSize(path.join(letterDir, 'en.docx'))).toMatch(/w:w="12240" w:h="15840"/);
    expect(await htmlPageRule(path.join(letterDir, 'en.html'))).toMatch(/size: letter;/);
  });

  it("uses a profile's paper over the project's", async () => {
    expect(await pdfPageSizes(path.join(letterDir, 'executive-office-recommendations.pdf'))).toEqual([A4]);
    expect(await docxPageSize(path.join(letterDir, 'executive-office-recommendations.docx'))).toMatch(/w:w="11906" w:h="16838"/);
  });

  it('uses --paper over both', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'briefing-paper-a4-'));
    await build({ root, editions: ['en'], profiles: ['executive-office-recommendations'], formats: ['pdf'], outDir, paper: 'letter' });
    expect(await pdfPageSizes(path.join(outDir, 'executive-office-recommendations.pdf'))).toEqual([LETTER]);
  });

  it('keeps the A4 proportions on Letter: margins scaled, the measure from the page', async () => {
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(path.join(letterDir, 'en.docx'))))['word/document.xml']!);
    // 25 mm (1418 twips) on A4, scaled by 612/595.28 across and 792/841.89 down.
    expect(/<w:pgMar [^>]*>/.exec(xml)![0]).toMatch(/w:top="1334" w:right="1458" w:bottom="1334" w:left="1458"/);
    expect(await htmlPageRule(path.join(letterDir, 'en.html'))).toBe('@page { size: letter; margin: 20.7mm 20.56mm 20.7mm 20.56mm; }');
  });

  it('on Letter the English participants tables run over a page, their heading repeated there marked (continued)', async () => {
    const { pages: text } = await pdfText(path.join(letterDir, 'en.pdf'));
    const delegations = ['American Participants', 'Chinese Participants'].map((caption) => captionPages(text, caption, '(continued)'));
    expect(delegations.some((pages) => pages.length > 1)).toBe(true);
    for (const pages of delegations) expect(pages).toEqual(continuedOnLaterPages(pages));
  });

  it('refuses an unknown paper on the command line and in data/config.yaml (exit 2)', async () => {
    const cli = await briefing(['build', '--root', root, '--paper', 'legal', '--format', 'pdf', '--out', 'out']);
    expect([cli.code, cli.stderr.trim()]).toEqual([2, 'briefing: --paper "legal" is not known: choose from a4, letter']);
    const bad = await scratchProject();
    await appendFile(path.join(bad, 'data', 'config.yaml'), 'paper: A5\n');
    const config = await briefing(['build', '--root', bad, '--edition', 'en', '--format', 'html', '--out', 'out']);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain(path.join('data', 'config.yaml'));
    expect(config.stderr).toContain('unknown paper "A5" (valid: a4, letter)');
  });
});
