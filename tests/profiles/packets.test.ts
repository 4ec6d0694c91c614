import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/build/index.js';
import { stripInlineMarkup } from '../../src/compose/inline-markup.js';
import { attribute, findAll, htmlText, textContent } from '../../src/writers/html/read.js';
import { compactText } from '../../src/writers/common/text.js';
import { docxText } from '../../src/writers/docx/read.js';
import { pdfText } from '../../src/writers/pdf/read.js';
import type { ManifestEntry } from '../../src/io/manifest.js';
import { flattenLocale, type LocaleTree } from '../../src/source/locales.js';
import { briefing } from '../helpers/cli.js';
import { REPO_ROOT, scratchProject } from '../helpers/project.js';

const strings = async (lang: string): Promise<Map<string, string>> =>
  new Map(flattenLocale(JSON.parse(await readFile(path.join(REPO_ROOT, 'locales', lang, 'track2-2021.json'), 'utf8')) as LocaleTree).map((e) => [e.key, e.text]));
const en = await strings('en');
const zh = await strings('zh');
const block = (map: Map<string, string>, id: string): string => compactText(stripInlineMarkup(map.get(`blocks.${id}`)!));

let out: string;
const manifest: Record<string, ManifestEntry> = {};

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'briefing-packets-'));
  vi.stubEnv('SOURCE_DATE_EPOCH', '1764547200'); // 2025-12-01, the date of issue printed on covers (undone before the first test, after the build)
  const { outputs } = await build({
    root: REPO_ROOT,
    editions: [],
    profiles: ['executive-office-recommendations', 'semiconductor-industry', 'cloud-data-bilingual'],
    formats: ['pdf', 'docx', 'html'],
    outDir: out,
  });
  for (const output of outputs) manifest[output.file] = output;
});

describe('executive-office-recommendations: an English excerpt of three sections', () => {
  it('writes only the formats the profile names, with the profile in the manifest', () => {
    expect(Object.keys(manifest).filter((f) => f.startsWith('executive')).sort()).toEqual(['executive-office-recommendations.docx', 'executive-office-recommendations.pdf']);
    expect(manifest['executive-office-recommendations.pdf']).toMatchObject({
      profile: 'executive-office-recommendations',
      edition: 'en',
      sections: ['way-forward', 'track2', 'conclusion'],
      components: ['cover', 'summary'],
    });
  });

  it.each(['pdf', 'docx'])('%s carries exactly the selected sections, the excerpt line, cover and summary', async (format) => {
    const file = path.join(out, `executive-office-recommendations.${format}`);
    const text = compactText((format === 'pdf' ? await pdfText(file) : await docxText(file)).text);
    for (const id of ['way-forward-p1', 'track1-trade', 'track2-p1', 'conclusion-p2']) expect(text).toContain(block(en, id));
    for (const id of ['opening-p1', 'importance-p1', 'risks-p1', 'risks-cn-1']) expect(text).not.toContain(block(en, id));
    expect(text).toContain('Omitted: Opening paragraphs; The Importance of a Global Digital Economy; Current Risks and Harm of Decoupling of the Digital Economy.');
    expect(text).toContain('Prepared for Office of the Executive Secretary');
    expect(text).toContain('Issued December 1, 2025');
    expect(text).toContain('Summary of Key Recommendations');
    expect(text).toContain('Determine how both countries can pursue an equally open market'); // lead phrase, capitalized
    expect(text).not.toContain('Contents');
    expect(text).not.toContain('Glossary');
    expect(text).not.toContain('Participants');
  });
});

describe('semiconductor-industry: a Chinese excerpt chosen by tags', () => {
  it('keeps the tagged blocks in Chinese and leaves the others out', async () => {
    const text = compactText((await pdfText(path.join(out, 'semiconductor-industry.pdf'))).text);
    for (const id of ['track1-security-semiconductors', 'risks-cn-1', 'risks-us-2']) expect(text).toContain(block(zh, id));
    for (const id of ['track1-security-cloud', 'track1-data', 'risks-us-4']) expect(text).not.toContain(block(zh, id));
    expect(text).toContain('非公开交流，不得具名引用');
    expect(text).toContain('第四次对话'); // the session in Chinese numerals, from the locale's number format
    expect(text).toContain('呈送：半导体产业代表团');
  });

  it('has a contents list with page numbers and a glossary of the terms it uses', async () => {
    const { pages } = await pdfText(path.join(out, 'semiconductor-industry.pdf'));
    const contents = compactText(pages[1]!);
    expect(contents).toMatch(/^目录主要建议摘要\d+全球数字经济的重要性\d+/);
    const all = compactText(pages.join('\n'));
    const glossary = all.slice(all.lastIndexOf('术语表'));
    expect(glossary).toContain('术语表');
    expect(glossary).toContain('semiconductors半导体');
    expect(glossary).toContain('export control lists出口管制清单');
    expect(glossary).not.toContain('Personal Information Protection Law'); // only in a block that was left out
    expect(glossary).not.toContain('Tsinghua Unigroup'); // a participant's affiliation: the packet has no participants list
  });

  it('docx: a Word table of contents with page numbers that does not list its own heading', async () => {
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(path.join(out, 'semiconductor-industry.docx'))))['word/document.xml']!);
    expect(xml).toContain('<w:pStyle w:val="TOCHeading"/>');
    expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC /);
    expect(xml.split('目录').length - 1).toBe(1); // the heading, not also an entry
    // The summary's entry, with the page number laid out at build time: contents and summary share the page after the cover.
    expect(xml).toMatch(/主要建议摘要.*?<w:t[^>]*>2<\/w:t>/s);
  });

  it('docx: Word\'s built-in heading styles, with outline levels and kept with the next paragraph, in a Chinese packet too', async () => {
    const styles = strFromU8(unzipSync(new Uint8Array(await readFile(path.join(out, 'semiconductor-industry.docx'))))['word/styles.xml']!);
    const style = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's'))?.[0] ?? '';
    for (const [id, name, level] of [['Heading1', 'heading 1', 0], ['Heading2', 'heading 2', 1]] as const) {
      expect(styles.split(`w:styleId="${id}"`).length - 1).toBe(1);
      expect(style(id)).toContain(`<w:name w:val="${name}"/>`);
      expect(style(id)).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(style(id)).toContain('<w:keepNext/>');
      expect(style(id)).toContain('w:eastAsia="Noto Sans SC"');
    }
    expect(style('Title')).toContain('<w:jc w:val="center"/>');
    expect(style('Title')).toContain('<w:keepNext/>');
  });

  it('html: marks components and links the contents to the sections', async () => {
    const { document } = await htmlText(path.join(out, 'semiconductor-industry.html'));
    const components = findAll(document, (e) => attribute(e, 'data-component') !== undefined).map((e) => attribute(e, 'data-component'));
    expect(components).toEqual(['cover', 'contents', 'summary', 'glossary']);
    const contents = findAll(document, (e) => e.tagName === 'nav' && attribute(e, 'class') === 'contents')[0]!;
    const links = findAll(contents, (e) => e.tagName === 'a').map((e) => attribute(e, 'href'));
    expect(links).toEqual(['#summary', '#importance', '#risks', '#way-forward', '#glossary']);
    for (const link of links) expect(findAll(document, (e) => attribute(e, 'id') === link!.slice(1))).toHaveLength(1);
  });
});

describe('cloud-data-bilingual: a bilingual excerpt', () => {
  it('pairs each selected block and has no summary', async () => {
    const { document } = await htmlText(path.join(out, 'cloud-data-bilingual.html'));
    const pairs = findAll(document, (e) => attribute(e, 'data-block') !== undefined);
    const trackData = pairs.find((e) => attribute(e, 'data-block') === 'track1-data')!;
    expect(compactText(textContent(trackData))).toBe(block(en, 'track1-data') + block(zh, 'track1-data'));
    expect(pairs.map((e) => attribute(e, 'data-block'))).not.toContain('track1-trade');
    expect(manifest['cloud-data-bilingual.html']!.components).toEqual(['cover', 'contents', 'glossary']);
  });
});

describe('bad profiles: exit 2 with one line naming file, field, bad value and choices', () => {
  const base = ['id: bad', 'title: { en: Bad, zh: 坏 }', 'recipient: { en: Someone, zh: 某人 }'];
  it.each([
    ['an unknown section', [...base, 'edition: en', 'include: { sections: [risk] }'], 'bad.yaml:5:23: include.sections[0]: unknown section "risk" (valid: opening, importance, risks, way-forward, track2, conclusion; did you mean "risks"?)'],
    ['an unknown tag', [...base, 'edition: en', 'include: { tags: [semiconductor] }'], 'bad.yaml:5:19: include.tags[0]: unknown tag "semiconductor" ('],
    ['an unknown component', [...base, 'edition: en', 'components: [cover, annex]'], 'bad.yaml:5:21: components[1]: unknown component "annex" (valid: cover, contents, summary, agreement, participants, glossary; did you mean "'],
    ['an invalid edition', [...base, 'edition: chinese'], 'bad.yaml:4:10: edition: unknown edition "chinese" (valid: en, zh, zh-Hant, bilingual, bilingual-zh-Hant; did you mean "'],
    ['an invalid format', [...base, 'edition: en', 'formats: [pdf, rtf]'], 'bad.yaml:5:16: formats[1]: unknown format "rtf" (valid: pdf, docx, html, md; did you mean "'],
    ['an empty selection', [...base, 'edition: en', 'include: { tags: [trade] }', 'exclude: { tags: [trade, dialogue] }'], 'bad.yaml: include/exclude: the selection is empty; choose sections or tags that `npx briefing list` shows'],
    ['an id that escapes the output folder', ['id: ../../etc/x', ...base.slice(1), 'edition: en'], 'bad.yaml:1:5: id: ids use lowercase letters, digits and single hyphens (e.g. "risks-cn-1") (found "../../etc/x")'],
  ])('%s', async (_name, lines, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefing-bad-'));
    await writeFile(path.join(dir, 'bad.yaml'), `${lines.join('\n')}\n`);
    const run = await briefing(['build', '--profile', 'bad.yaml', '--root', REPO_ROOT, '--out', path.join(dir, 'out')], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toContain(`briefing: ${message}`);
  });

  it('names the known profiles when an id is unknown', async () => {
    const run = await briefing(['build', '--profile', 'semiconductors']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('briefing: unknown profile "semiconductors" (valid: cloud-data-bilingual, executive-office-recommendations, semiconductor-industry; did you mean "semiconductor-industry"?); or pass a profile file\'s path\n');
  });
});

describe('briefing build --all-profiles', () => {
  it('builds every profile on a worker pool; a failing profile does not stop the others', async () => {
    const root = await scratchProject();
    const zhFile = path.join(root, 'locales', 'zh', 'track2-2021.json');
    await writeFile(zhFile, (await readFile(zhFile, 'utf8')).replace('"结语"', '"结语😀"'));
    const run = await briefing(['build', '--all-profiles', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('built profile executive-office-recommendations');
    expect(run.stderr).toMatch(/briefing: profile semiconductor-industry failed: locales\/zh\/track2-2021\.json: key sections\.conclusion: character "😀" \(U\+1F600\)/);
    expect(run.stderr).toContain('1 of 3 profiles built; 2 failed');
    const written = JSON.parse(await readFile(path.join(root, 'dist', 'manifest.json'), 'utf8')) as { outputs: ManifestEntry[] };
    expect(written.outputs.map((o) => o.file)).toEqual(['executive-office-recommendations.docx', 'executive-office-recommendations.pdf']);
  });
});

describe('briefing list', () => {
  it('shows agreements, sections with titles and tags, all tags and the profiles', async () => {
    const run = await briefing(['list', '--json']);
    const listed = JSON.parse(run.stdout) as { agreements: { id: string; sections: { id: string; title: string | null; tags: string[] }[] }[]; tags: string[]; profiles: { id: string }[] };
    expect(listed.agreements[0]!.sections[1]).toEqual({ id: 'importance', title: 'The Importance of a Global Digital Economy', tags: ['trade'] });
    expect(listed.tags).toContain('semiconductors');
    expect(listed.profiles.map((p) => p.id)).toEqual(['cloud-data-bilingual', 'executive-office-recommendations', 'semiconductor-industry']);
    const text = await briefing(['list']);
    expect(text.stdout).toMatch(/^agreement track2-digital-economy-2021 — Consensus Agreement\n/);
  });
});
