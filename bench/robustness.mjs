// Issue 15's timings, in-process on scratch copies of the project (after a warm-up, so that loading
// modules and fonts is not counted): the English PDF with one paragraph replaced by a word of 10,000
// and of 100,000 characters without a space (the longest string the README allows; before issue 15 a
// 20,000-character word took 68 s and 100,000 never finished), and `import` of Markdown files of 1 MB
// and of 10 MB (the limit; before, 1 MB took 2.5 s and 11 MB never finished). Layout and import are to
// take time in proportion to their input: the ms per 1,000 characters or per MB are printed beside them.
import { cp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const WORD_LENGTHS = [10_000, 100_000];
const IMPORT_MEGABYTES = [1, 10];
const MB = 1024 * 1024;
const EN_LOCALE_FILE = path.join('locales', 'en', 'track2-2021.json');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function robustnessTimings(repo, runs, scratch) {
  const { build } = await import('../lib/build/index.js');
  const { importAgreement } = await import('../lib/import/index.js');
  const copy = async () => {
    const root = await scratch('robustness');
    for (const dir of ['data', 'locales', 'templates']) await cp(path.join(repo, dir), path.join(root, dir), { recursive: true });
    return root;
  };
  const timeOnce = async (work) => {
    const started = performance.now();
    await work();
    return Math.round(performance.now() - started);
  };

  // The English PDF with blocks.opening-p1 as written (0) or replaced by a word of `length` characters.
  const root = await copy();
  const shipped = await readFile(path.join(repo, EN_LOCALE_FILE), 'utf8');
  const pdfWith = async (length) => {
    const strings = JSON.parse(shipped);
    if (length > 0) strings.blocks['opening-p1'] = 'abcdefghij'.repeat(length / 10);
    await writeFile(path.join(root, EN_LOCALE_FILE), JSON.stringify(strings));
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await timeOnce(() => build({ root, editions: ['en'], formats: ['pdf'], outDir: path.join(root, 'dist'), force: true })));
    return median(times);
  };
  await pdfWith(0); // warm-up: modules, fonts, templates
  const longWord = { shippedMs: await pdfWith(0), words: [] };
  for (const length of WORD_LENGTHS) longWord.words.push({ length, ms: await pdfWith(length) });

  // import of generated Markdown: headings and paragraphs of agreement-like sentences.
  const importOf = async (bytes) => {
    const project = await copy();
    const file = path.join(project, 'agreement.md');
    await writeFile(file, markdown(bytes));
    return timeOnce(() => importAgreement({ root: project, file, id: 'generated' }));
  };
  await importOf(64 * 1024); // warm-up
  const imports = [];
  for (const megabytes of IMPORT_MEGABYTES) {
    // Just under the limit for 10 MB; the largest file takes one run (seconds), smaller ones `runs`.
    const bytes = Math.min(megabytes * MB, 10 * MB - 4096);
    const times = [];
    for (let i = 0; i < (megabytes >= 10 ? 1 : runs); i++) times.push(await importOf(bytes));
    imports.push({ megabytes, bytes, ms: median(times), runs: times.length });
  }
  return { load: os.loadavg().map((n) => n.toFixed(2)), longWord, imports };
}

const SENTENCES = [
  'The two sides agreed that a stable and open digital economy serves the interests of both countries.',
  'Participants recommended regular exchanges on data governance, cloud services and semiconductor supply chains.',
  'Working groups will report to the next session on standards, market access and the protection of personal information.',
  'Each delegation will name a coordinator, and the organizers will circulate a summary of the discussion.',
];

/** Markdown of `bytes` bytes: a title, a date line, then sections of twenty paragraphs. */
function markdown(bytes) {
  const parts = ['# Consensus on the Digital Economy\n\nNovember 17–18, 2021\n\n'];
  let length = parts[0].length;
  for (let paragraph = 0; length < bytes; paragraph++) {
    const text = `${paragraph % 20 === 0 ? `## Section ${paragraph / 20 + 1}\n\n` : ''}${SENTENCES[paragraph % 4]} ${SENTENCES[(paragraph + 1) % 4]} (${paragraph + 1})\n\n`;
    parts.push(text);
    length += Buffer.byteLength(text);
  }
  return parts.join('').slice(0, bytes);
}

export function printRobustnessTimings(results, formatValue, row) {
  const { longWord, imports } = results;
  console.log(`\nissue 15: long unbreakable text and large imports (in-process, after a warm-up; load ${results.load.join(' ')})`);
  const widths = [52, 10, 40];
  console.log(row(['English PDF, text as shipped (median)', formatValue(longWord.shippedMs, 'ms')], widths));
  for (const { length, ms } of longWord.words) {
    const extra = ms - longWord.shippedMs;
    console.log(row([`English PDF, a ${length.toLocaleString('en')}-character word in a paragraph`, formatValue(ms, 'ms'), `+${formatValue(extra, 'ms')}: ${(extra / (length / 1000)).toFixed(1)} ms per 1,000 characters`], widths));
  }
  for (const { megabytes, bytes, ms, runs } of imports) {
    console.log(row([`import of ${(bytes / MB).toFixed(1)} MB of Markdown (${runs === 1 ? '1 run' : 'median'})`, formatValue(ms, 'ms'), `${Math.round(ms / (bytes / MB))} ms per MB${megabytes >= 10 ? ' (the 10 MB limit)' : ''}`], widths));
  }
}
