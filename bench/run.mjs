// The benchmark of issue 8 (npm run bench): cold command-line builds, per-output and warm in-process
// builds, peak memory and output size against the targets, and the bilingual HTML edition through
// headless Chromium (to PDF) and Pandoc (to DOCX) where they are installed. Prints a table and
// writes bench/results.json. Uses the compiled lib/: run `npm run compile` first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { printTranslationTimings, translationTimings } from './translation.mjs';

const REPO = path.resolve(import.meta.dirname, '..');
const BIN = path.join(REPO, 'bin', 'briefing.js');
const PEAK_RSS = path.join(REPO, 'bench', 'peak-rss.mjs');
const RESULTS = path.join(REPO, 'bench', 'results.json');
const RUNS = 3;
const GENERATED_PROFILES = 50;
const EDITIONS = ['en', 'zh', 'bilingual'];
const FORMATS = ['pdf', 'docx', 'html'];

/** Targets of issue 8, for a 2-core machine. */
const TARGETS = {
  standardCold: { label: '9 standard outputs, cold CLI build', limit: 2500, unit: 'ms' },
  warmRebuild: { label: 'warm rebuild, edition en (3 formats)', limit: 200, unit: 'ms' },
  peakRssStandard: { label: 'peak RSS, 9 standard outputs', limit: 400 * 1024, unit: 'KB' },
  peakRssAny: { label: 'peak RSS, any run (profile batches too)', limit: 400 * 1024, unit: 'KB' },
  bilingualPdf: { label: 'bilingual PDF size', limit: 400 * 1024, unit: 'B' },
};

if (!existsSync(path.join(REPO, 'lib', 'build', 'index.js'))) {
  console.error('bench: lib/ is missing: run npm run compile first');
  process.exit(2);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Temporary folders of this run, removed at its end. */
const scratchFolders = [];
async function scratch(name) {
  const folder = await mkdtemp(path.join(os.tmpdir(), `briefing-bench-${name}-`));
  scratchFolders.push(folder);
  return folder;
}

/** Runs a command to its end: wall time, exit code, the last line of stderr and, for node, the peak RSS. */
function timed(command, args, { peakRssFile } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: REPO, env: { ...process.env, BENCH_PEAK_RSS_FILE: peakRssFile ?? '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ ms: performance.now() - started, code: -1, error: error.message }));
    child.on('exit', async (code) => {
      const ms = performance.now() - started;
      const peakRssKb = peakRssFile && existsSync(peakRssFile) ? Number(await readFile(peakRssFile, 'utf8')) : undefined;
      const lastError = stderr.split('\n').filter((line) => line.startsWith('briefing:')).at(-1);
      resolve({ ms, code, peakRssKb, ...(code === 0 ? {} : { error: lastError ?? stderr.trim().split('\n').at(-1) }) });
    });
  });
}

/** `briefing build …` `runs` times, each in a fresh process (cold: modules, fonts and templates loaded anew). */
async function cliBuild(args, runs) {
  const measured = [];
  for (let i = 0; i < runs; i++) {
    const out = await scratch('out');
    const peakRssFile = path.join(await scratch('rss'), 'peak-rss');
    measured.push({ ...(await timed(process.execPath, ['--import', pathToFileURL(PEAK_RSS).href, BIN, 'build', '--out', out, ...args], { peakRssFile })), out });
  }
  const ok = measured.filter((run) => run.code === 0);
  const rss = measured.map((run) => run.peakRssKb).filter(Boolean);
  return {
    runs: measured.map(({ ms, code, peakRssKb, error }) => ({ ms: Math.round(ms), code, peakRssKb, error })),
    medianMs: ok.length ? Math.round(median(ok.map((run) => run.ms))) : undefined,
    peakRssKb: rss.length ? Math.max(...rss) : undefined,
    out: ok.at(-1)?.out,
  };
}

/** A copy of the project with `count` generated profiles (editions, tags, sections and components varied) instead of the shipped ones. */
async function projectWithGeneratedProfiles(count) {
  const root = await scratch('profiles');
  for (const dir of ['data', 'locales', 'templates']) await cp(path.join(REPO, dir), path.join(root, dir), { recursive: true });
  await rm(path.join(root, 'data', 'profiles'), { recursive: true });
  await mkdir(path.join(root, 'data', 'profiles'));
  const { loadAgreement } = await import('../lib/source/project.js');
  const { agreementTags, COMPONENTS } = await import('../lib/select/profile.js');
  const agreement = await loadAgreement(root);
  const tags = agreementTags(agreement);
  const sections = agreement.sections.map((s) => s.id);
  const random = seeded(8);
  const pick = (list, n) => [...list].sort(() => random() - 0.5).slice(0, n);
  for (let i = 1; i <= count; i++) {
    const include = i % 7 === 0 ? undefined : i % 5 === 0 ? { sections: pick(sections, 2) } : { tags: pick(tags, 1 + (i % 3)) };
    const profile = {
      id: `generated-${i}`,
      title: { en: `Generated packet ${i}`, zh: `生成的资料包 ${i}` },
      recipient: { en: `Delegation ${i}`, zh: `代表团 ${i}` },
      edition: EDITIONS[i % EDITIONS.length],
      ...(include ? { include } : {}),
      // Always the agreement, so that no selection is empty; the other components at random, in order.
      components: COMPONENTS.filter((c) => c === 'agreement' || random() < 0.6),
    };
    // JSON is YAML: the loader reads it like a hand-written profile.
    await writeFile(path.join(root, 'data', 'profiles', `${profile.id}.yaml`), `${JSON.stringify(profile, null, 2)}\n`);
  }
  return root;
}

/** A small deterministic generator (mulberry32), so that every run generates the same profiles. */
function seeded(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** build() in this process: the first builds of edition en (the later ones are warm rebuilds), then each output alone. */
async function inProcess() {
  const { build } = await import('../lib/build/index.js');
  const out = await scratch('in-process');
  const timeBuild = async (editions, formats) => {
    const started = performance.now();
    await build({ root: REPO, editions, formats, outDir: out, force: true });
    return performance.now() - started;
  };
  const firstMs = await timeBuild(['en'], FORMATS);
  const rebuildsMs = [];
  for (let i = 0; i < RUNS; i++) rebuildsMs.push(Math.round(await timeBuild(['en'], FORMATS)));
  await timeBuild(EDITIONS, FORMATS); // every font and template in use once before the per-output timings
  const perOutput = {};
  for (const edition of EDITIONS) {
    perOutput[edition] = {};
    for (const format of FORMATS) {
      const times = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeBuild([edition], [format]));
      perOutput[edition][format] = Math.round(median(times));
    }
  }
  return { firstBuildEnMs: Math.round(firstMs), rebuildsEnMs: rebuildsMs, warmRebuildEnMs: median(rebuildsMs), perOutputMs: perOutput, peakRssKb: process.resourceUsage().maxRSS };
}

/** The first of `names` that runs, or undefined. */
function installed(names) {
  return names.find((name) => !spawnSync(name, ['--version'], { stdio: 'ignore' }).error);
}

/**
 * Another tool converting the bilingual HTML edition (`input`) to `output`, `RUNS` times: median wall
 * time, output size, and the ratio to our own writer's time for that format (`ownMs`).
 */
async function otherTool({ names, input, args, output, ownMs }) {
  const tool = installed(names);
  if (!tool) return { tool: names[0], installed: false };
  if (!input) return { tool, installed: true, error: 'no bilingual.html: the standard build failed' };
  const times = [];
  let error;
  for (let i = 0; i < RUNS; i++) {
    const run = await timed(tool, args);
    if (run.code !== 0) error = run.error;
    times.push(run.ms);
  }
  const ms = Math.round(median(times));
  const bytes = existsSync(output) ? (await stat(output)).size : undefined;
  return { tool, installed: true, medianMs: ms, bytes, ratioToOurs: ownMs ? Number((ms / ownMs).toFixed(2)) : undefined, ...(error ? { error } : {}) };
}

function formatValue(value, unit) {
  if (value === undefined) return 'failed';
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
  if (unit === 'KB') return `${Math.round(value / 1024)} MB`;
  return `${Math.round(value / 1024)} KB`;
}

function printTable(results) {
  const row = (cells, widths) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
  const { machine } = results;
  console.log(`\nbriefing benchmark — ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}\n`);
  const widths = [46, 10, 10, 6];
  console.log(row(['target', 'measured', 'target', ''], widths));
  for (const target of results.targets) console.log(row([target.label, formatValue(target.value, target.unit), `≤ ${formatValue(target.limit, target.unit)}`, target.pass ? 'pass' : 'MISS'], widths));
  const cli = results.cli;
  console.log(`\n${row(['cold CLI builds (median of runs, fresh process)', 'wall', 'peak RSS'], widths)}`);
  for (const [label, entry] of [
    ['9 standard outputs', cli.standard],
    [`all profiles (${cli.allProfiles.count})`, cli.allProfiles],
    [`${GENERATED_PROFILES} generated profiles`, cli.generatedProfiles],
  ]) {
    const failure = entry.runs.find((run) => run.code !== 0);
    console.log(row([label, formatValue(entry.medianMs, 'ms'), formatValue(entry.peakRssKb, 'KB'), failure ? `exit ${failure.code}: ${failure.error ?? ''}` : ''], widths));
  }
  console.log(`first run (font subset cache as found): ${formatValue(cli.standard.firstRunMs, 'ms')}`);
  console.log(`\nin-process build(), one edition × one format, median of ${RUNS} (after a warm-up)`);
  console.log(row(['edition', ...FORMATS], [12, 10, 10, 10]));
  for (const edition of EDITIONS) console.log(row([edition, ...FORMATS.map((f) => formatValue(results.inProcess.perOutputMs[edition][f], 'ms'))], [12, 10, 10, 10]));
  const { firstBuildEnMs, rebuildsEnMs, warmRebuildEnMs } = results.inProcess;
  console.log(`edition en (3 formats) in one process: first build ${formatValue(firstBuildEnMs, 'ms')}; rebuilds ${rebuildsEnMs.map((ms) => formatValue(ms, 'ms')).join(', ')} (median ${formatValue(warmRebuildEnMs, 'ms')})`);
  console.log('\nthe bilingual HTML edition through other tools (median wall time, ratio to our own writer of that format)');
  for (const [label, entry] of [
    ['Chromium, HTML → PDF', results.otherTools.chromiumPdf],
    ['Pandoc, HTML → DOCX', results.otherTools.pandocDocx],
  ]) {
    const detail = !entry.installed ? 'not installed' : `${formatValue(entry.medianMs, 'ms')} = ${entry.ratioToOurs} × ours${entry.bytes ? `, ${formatValue(entry.bytes, 'B')}` : ''}${entry.error ? ` (failed: ${entry.error})` : ''}`;
    console.log(row([label, detail], [24, 60]));
  }
  printTranslationTimings(results.translation, formatValue, row);
  console.log(`\nwrote ${path.relative(process.cwd(), RESULTS)}`);
}

async function main() {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout?.trim() || undefined;
  console.error('bench: cold CLI builds of the standard editions…');
  const firstRun = await cliBuild([], 1); // fills the font subset cache, as the first build of new text does
  const standard = { ...(await cliBuild([], RUNS)), firstRunMs: firstRun.runs[0].ms };
  console.error('bench: cold CLI builds of all profiles…');
  const { listProfileIds } = await import('../lib/select/profile.js');
  const allProfiles = { ...(await cliBuild(['--all-profiles'], RUNS)), count: (await listProfileIds(REPO)).length };
  console.error(`bench: a cold CLI build of ${GENERATED_PROFILES} generated profiles…`);
  const generatedRoot = await projectWithGeneratedProfiles(GENERATED_PROFILES);
  const generatedProfiles = await cliBuild(['--all-profiles', '--root', generatedRoot], 1);
  console.error('bench: in-process builds…');
  const inProcessResults = await inProcess();

  console.error("bench: translators' round trip…");
  const translation = await translationTimings(REPO, RUNS, scratch);
  console.error('bench: other tools…');
  const builtDir = standard.out ?? firstRun.out;
  const input = builtDir && path.join(builtDir, 'bilingual.html');
  const compare = await scratch('tools');
  const chromiumPdf = await otherTool({
    names: ['chromium', 'chromium-browser', 'google-chrome'],
    input,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', `--user-data-dir=${path.join(compare, 'profile')}`, `--print-to-pdf=${path.join(compare, 'chromium.pdf')}`, input && pathToFileURL(input).href],
    output: path.join(compare, 'chromium.pdf'),
    ownMs: inProcessResults.perOutputMs.bilingual.pdf,
  });
  const pandocDocx = await otherTool({
    names: ['pandoc'],
    input,
    args: ['-o', path.join(compare, 'pandoc.docx'), input],
    output: path.join(compare, 'pandoc.docx'),
    ownMs: inProcessResults.perOutputMs.bilingual.docx,
  });

  const bilingualPdf = builtDir ? (await stat(path.join(builtDir, 'bilingual.pdf'))).size : undefined;
  const peakRssAny = Math.max(...[standard, allProfiles, generatedProfiles, inProcessResults].map((run) => run.peakRssKb ?? 0));
  const measured = { standardCold: standard.medianMs, warmRebuild: inProcessResults.warmRebuildEnMs, peakRssStandard: standard.peakRssKb, peakRssAny, bilingualPdf };
  const results = {
    date: new Date().toISOString(),
    commit,
    machine: { cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model.trim(), memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    targets: Object.entries(TARGETS).map(([key, target]) => ({ key, ...target, value: measured[key], pass: measured[key] !== undefined && measured[key] <= target.limit })),
    cli: {
      standard: { ...standard, out: undefined },
      allProfiles: { ...allProfiles, out: undefined },
      generatedProfiles: { ...generatedProfiles, out: undefined, count: GENERATED_PROFILES },
    },
    inProcess: inProcessResults,
    otherTools: { chromiumPdf, pandocDocx },
    translation,
    sizes: { bilingualPdfBytes: bilingualPdf },
  };
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

try {
  await main();
} finally {
  await Promise.all(scratchFolders.map((folder) => rm(folder, { recursive: true, force: true })));
}
