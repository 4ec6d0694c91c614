import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { runCheck } from '../../src/check/index.js';
import { writeReviewReports } from '../../src/check/review-report.js';
import { attribute, findAll, htmlText, textContent } from '../../src/writers/html/read.js';
import { docxText } from '../../src/writers/docx/read.js';
import { importAgreement, importTranslation } from '../../src/import/index.js';
import { loadProfile } from '../../src/select/profile.js';
import { loadGlossary } from '../../src/source/glossary.js';
import { loadAgreement } from '../../src/source/project.js';
import { EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';
import { malformedParts, readPage } from './output-safety.js';
import { failure } from './people-errors.js';

/**
 * Script and XML injection (issue 15: cases that must stay harmless): whatever a locale string, a
 * profile text or an imported file's name holds, the HTML pages show it as text and never run it, and
 * the Word files stay well-formed XML that shows it literally — or the string is refused, naming its key.
 */
const CASE_TIME = 30_000;
const ZH_LOCALE_FILE = path.join('locales', 'zh', 'track2-2021.json');
/** Breaks out of an element, of a quoted attribute and into a link, in one string. */
const XSS = `<img src=x onerror=alert(1)><script>alert(2)</script>" onmouseover="alert(3)' <a href="javascript:alert(4)">x</a>`;
/** Closes Word's text element, ends a CDATA section, opens one, and writes entities and a paragraph. */
const XML = 'A </w:t><w:t>B ]]> <![CDATA[ & &amp; &#x1; <w:p/> C';
/** A locale string that looks like markup or a template but is text (only <strong> and <em> are markup). */
const LOOKALIKE = 'C &lt;/w:t&gt;&lt;w:r&gt; D ]]> E <![CDATA[x]]> &amp; F {{{x}}} 1 < 2 > 0';

let root: string;
let out: string;
beforeAll(async () => {
  root = await scratchProject();
  out = path.join(root, 'dist');
  const strings = JSON.parse(await readFile(path.join(root, EN_LOCALE_FILE), 'utf8')) as { blocks: Record<string, string> };
  strings.blocks['importance-p1'] = LOOKALIKE;
  await writeFile(path.join(root, EN_LOCALE_FILE), JSON.stringify(strings, null, 2));
  const texts = { title: XSS, recipient: XML, note: `${XSS} ${XML}`, marking: XML };
  const profile = ['id: packet', 'edition: en', 'formats: [html, docx]', ...Object.entries(texts).map(([field, text]) => `${field}: { en: ${JSON.stringify(text)}, zh: 资料 }`)];
  await writeFile(path.join(root, 'packet.yaml'), `${profile.join('\n')}\n`);
  await build({ root, editions: ['en'], profiles: [path.join(root, 'packet.yaml')], formats: ['html', 'docx'], outDir: out });
});

describe('what looks like markup in a locale string, and is text', { timeout: CASE_TIME }, () => {
  it('prints as written in the HTML edition', async () => {
    const { document } = await htmlText(path.join(out, 'en.html'));
    const [block] = findAll(document as never, (element) => attribute(element, 'data-block') === 'importance-p1');
    expect(textContent(block!).trim()).toBe(LOOKALIKE);
  });

  it('prints as written in the Word edition, which stays well-formed XML', async () => {
    expect(malformedParts(await readFile(path.join(out, 'en.docx')))).toEqual([]);
    expect((await docxText(path.join(out, 'en.docx'))).text).toContain(LOOKALIKE);
  });
});

describe('payloads in profile texts', { timeout: CASE_TIME }, () => {
  it('show as text in the HTML packet, never as an element, an attribute or a link', async () => {
    const { unsafe, texts, attributes } = readPage(await readFile(path.join(out, 'packet.html'), 'utf8'));
    expect(unsafe).toEqual([]);
    expect(texts).toContain(XSS); // the cover's title
    expect(texts.join('')).toContain(XML);
    expect(attributes.filter((value) => value.includes('alert'))).toEqual(attributes.filter((value) => value.includes(XSS))); // whole, inside a quoted value
  });

  it('leave the Word packet well-formed, showing them literally', async () => {
    const docx = path.join(out, 'packet.docx');
    expect(malformedParts(await readFile(docx))).toEqual([]);
    const { text } = await docxText(docx);
    expect(text).toContain(`${XSS} ${XML}`); // the note
    expect(text.split(XML).length - 1).toBeGreaterThanOrEqual(3); // recipient, note, marking
  });
});

describe('markup in a locale string other than <strong> and <em>: refused, naming the key', { timeout: CASE_TIME }, () => {
  it.each([
    ['</w:t><w:t>', '</w:t>: only <strong> and <em> are allowed'],
    ['<script>alert(1)</script>', '<script>: only <strong> and <em> are allowed'],
    ['<strong onmouseover="alert(1)">x</strong>', '<strong onmouseover="alert(1)">: attributes are not allowed'],
    ['<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)">: only <strong> and <em> are allowed'],
    ['<svg/onload=alert(1)>', '<svg/onload=alert(1)>: only <strong> and <em> are allowed'],
    ['<em><img src=x onerror=alert(1)></em>', '<img src=x onerror=alert(1)>: only <strong> and <em> are allowed'],
    ['<!--<script>-->', '<!--: comments are not allowed'],
    ['<STRONG>x</STRONG>', '<STRONG>: write it in lowercase: <strong>'],
  ])('%s', async (payload, problem) => {
    const broken = await scratchProject();
    await edit(broken, EN_LOCALE_FILE, /"opening-p1": "[^"]*"/, `"opening-p1": ${JSON.stringify(payload)}`);
    const error = await failure(build({ root: broken, editions: ['en'], formats: ['docx'], outDir: path.join(broken, 'dist') }));
    expect([error.message, error.exitCode]).toEqual([`${EN_LOCALE_FILE}: key blocks.opening-p1: markup ${problem}`, 1]);
  });
});

describe('characters that are not text: refused where they are written', { timeout: CASE_TIME }, () => {
  it('a noncharacter (U+FFFE: invalid in XML) in a profile text, as bad input (exit 2)', async () => {
    const file = path.join(root, 'nonchar.yaml');
    await writeFile(file, 'id: nonchar\nedition: en\ntitle: { en: "A\\uFFFEB", zh: 资料 }\nrecipient: { en: Someone, zh: 某人 }\n');
    const error = await failure(loadProfile(root, file, await loadAgreement(root)));
    expect([error.message, error.exitCode]).toEqual([`${file}:3:14: title.en: noncharacter U+FFFE at character 2: not text (and invalid in a Word file); remove it`, 2]);
  });

  it('a noncharacter in a locale string', async () => {
    const broken = await scratchProject();
    await edit(broken, EN_LOCALE_FILE, /"opening-p1": "/, '$&\\uFFFF');
    const error = await failure(build({ root: broken, editions: ['en'], formats: ['docx'], outDir: path.join(broken, 'dist') }));
    expect(error.message).toBe(`${EN_LOCALE_FILE}: key blocks.opening-p1: noncharacter U+FFFF at character 1: not text (and invalid in a Word file); remove it`);
  });

  it('a control character in a glossary cell (printed in a packet\'s glossary annex)', async () => {
    const broken = await scratchProject();
    const glossary = path.join('data', 'glossary.tsv');
    await edit(broken, glossary, /^semiconductors\t半导体/m, 'semiconductors\t半\u0001导体');
    const error = await failure(loadGlossary(broken));
    expect(error.message).toMatch(new RegExp(`^${glossary}:\\d+:16: zh: control character U\\+0001 at character 2: remove it \\(tab and line feed are the only ones allowed\\)$`));
  });
});

describe('the review and alignment reports', { timeout: CASE_TIME }, () => {
  it('show payloads in translations as text (check --review)', async () => {
    const reviewed = await scratchProject();
    const inBlock = '<strong onclick="alert(5)">要</strong><img src=x onerror=alert(6)>';
    await edit(reviewed, ZH_LOCALE_FILE, /"conclusion": "结语"/, `"conclusion": ${JSON.stringify(XSS)}`);
    await edit(reviewed, ZH_LOCALE_FILE, /"track2-p1": "/, `$&${inBlock.replace(/"/g, '\\"')}`);
    const [report] = await writeReviewReports(await runCheck({ root: reviewed }), path.join(reviewed, 'dist'));
    const { unsafe, texts } = readPage(await readFile(report!, 'utf8'));
    expect(unsafe).toEqual([]);
    expect(texts).toContain(XSS);
    expect(texts.some((text) => text.startsWith(inBlock))).toBe(true);
  });

  it('show the name of the imported file as text (import --lang)', async () => {
    const imported = await scratchProject();
    const udhr = path.join(import.meta.dirname, '..', 'fixtures', 'import', 'udhr-1948');
    await importAgreement({ root: imported, file: `${udhr}.en.txt`, id: 'udhr-1948' });
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-named-')), '<img src=x onerror=alert(7)>.txt');
    await copyFile(`${udhr}.zh.aligned.txt`, file);
    const { report } = await importTranslation({ root: imported, file, id: 'udhr-1948', lang: 'zh', outDir: path.join(imported, 'dist') });
    const { unsafe, texts } = readPage(await readFile(report, 'utf8'));
    expect(unsafe).toEqual([]);
    expect(texts.join('')).toContain(path.basename(file));
  });
});
