// The translators' round trip of issue 14, timed in-process on scratch copies of the project (median of
// `runs`, after a warm-up): XLIFF export of the 2021 agreement, import of it with every unit signed off,
// and pre-translation of the 2021 agreement from a memory of its own translation (exact matches) and of
// the CC BY-NC-SA legal code from the CC BY one (mostly fuzzy matches), where shared/corpus is present.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ccByMemory } from '../tests/helpers/cc-by-memory.mjs';

const TARGET_MS = 1000;

export async function translationTimings(repo, runs, scratch) {
  const { exportXliff } = await import('../lib/translation/xliff-export.js');
  const { importXliff } = await import('../lib/translation/xliff-import.js');
  const { exportMemory, importMemory } = await import('../lib/translation/tm.js');
  const { pretranslate } = await import('../lib/translation/pretranslate.js');
  const copy = async () => {
    const root = await scratch('translation');
    for (const dir of ['data', 'locales', 'templates']) await cp(path.join(repo, dir), path.join(root, dir), { recursive: true });
    return root;
  };
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const time = async (prepare, act) => {
    const times = [];
    for (let i = 0; i <= runs; i++) {
      const input = await prepare();
      const started = performance.now();
      const result = await act(input);
      if (i > 0) times.push(performance.now() - started); // the first run loads modules and warms caches
      if (i === runs) return { ms: Math.round(median(times)), result };
    }
  };

  const exported = await time(copy, (root) => exportXliff({ root, only: 'all', version: '2.0', lang: 'zh' }));
  // Without records of their English every translation exports as "translated"; the translator signs every unit off.
  const imported = await time(
    async () => {
      const root = await copy();
      await rm(path.join(root, 'locales', 'zh', 'track2-2021.source.json'));
      const { xml } = await exportXliff({ root, only: 'all', version: '2.0', lang: 'zh' });
      await writeFile(path.join(root, 'returned.xlf'), xml.replaceAll('state="translated"', 'state="final"').replaceAll('state="reviewed"', 'state="final"'));
      return root;
    },
    // --partial: names kept in English must stay flagged (check's untranslated rule), so their sign-off is refused.
    (root) => importXliff({ root, file: path.join(root, 'returned.xlf'), displayName: 'returned.xlf', partial: true }),
  );
  const memory = (await exportMemory(repo, 'zh')).tmx;
  const pretranslated = await time(
    async () => {
      const root = await copy();
      await writeFile(path.join(root, 'memory.tmx'), memory);
      await importMemory(root, path.join(root, 'memory.tmx'), 'memory.tmx', 'zh');
      for (const name of ['track2-2021.json', 'track2-2021.source.json', 'track2-2021.review.json']) await rm(path.join(root, 'locales', 'zh', name));
      return root;
    },
    (root) => pretranslate(root, undefined, 'zh'),
  );
  const results = {
    targetMs: TARGET_MS,
    xliffExport: { ms: exported.ms, units: Object.values(exported.result.counts).reduce((a, b) => a + b, 0) },
    xliffImport: { ms: imported.ms, confirmed: imported.result.confirmed.length, refused: imported.result.skipped.length },
    pretranslate2021: { ms: pretranslated.ms, bands: pretranslated.result.bands, memory: pretranslated.result.memorySize },
  };
  const corpus = [path.join(repo, '..', 'shared', 'corpus'), path.join(repo, '..', '..', 'shared', 'corpus')].find((dir) => existsSync(path.join(dir, 'cc-by-4.0-legalcode.en.txt')));
  if (corpus) results.pretranslateCcByNcSa = await ccByNcSa(repo, corpus, copy, time, pretranslate, importMemory);
  return results;
}

/** The CC BY memory as the pretranslate test makes it (import, import --lang zh, tm export), the NC-SA legal code imported as a new agreement. */
async function ccByNcSa(repo, corpus, copy, time, pretranslate, importMemory) {
  const { importAgreement } = await import('../lib/import/index.js');
  const { main } = await import('../lib/cli/main.js');
  const tmxFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'briefing-bench-cc-')), 'cc-by.tmx');
  await ccByMemory(main, repo, corpus, tmxFile);
  const id = 'cc-by-nc-sa-4-0';
  const measured = await time(
    async () => {
      const root = await copy();
      await importAgreement({ root, file: path.join(corpus, 'cc-by-nc-sa-4.0-legalcode.en.txt'), id, today: new Date(Date.UTC(2026, 0, 1)) });
      await importMemory(root, tmxFile, 'cc-by.tmx', 'zh');
      return root;
    },
    (root) => pretranslate(root, id, 'zh'),
  );
  await rm(path.dirname(tmxFile), { recursive: true, force: true });
  return { ms: measured.ms, bands: measured.result.bands, memory: measured.result.memorySize };
}

export function printTranslationTimings(results, formatValue, row) {
  console.log(`\ntranslators' round trip, 2021 agreement (median, in-process; target ≤ ${formatValue(results.targetMs, 'ms')} each)`);
  const bands = (b) => `bands 100/95/85/75/none: ${b['100']}/${b['95-99']}/${b['85-94']}/${b['75-84']}/${b.none}`;
  const lines = [
    ['xliff export (all)', results.xliffExport.ms, `${results.xliffExport.units} units`],
    ['xliff import (all signed off)', results.xliffImport.ms, `${results.xliffImport.confirmed} units recorded, ${results.xliffImport.refused} refused by check`],
    ['pretranslate 2021 (own memory)', results.pretranslate2021.ms, `${results.pretranslate2021.memory} pairs; ${bands(results.pretranslate2021.bands)}`],
    ...(results.pretranslateCcByNcSa ? [['pretranslate CC BY-NC-SA (CC BY memory)', results.pretranslateCcByNcSa.ms, `${results.pretranslateCcByNcSa.memory} pairs; ${bands(results.pretranslateCcByNcSa.bands)}`]] : []),
  ];
  for (const [label, ms, detail] of lines) console.log(row([label, formatValue(ms, 'ms'), ms <= results.targetMs ? 'pass' : 'MISS', detail], [42, 10, 6, 60]));
}
