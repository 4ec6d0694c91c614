// Where a build spends its time (issue 8's hot spots): profiles an in-process build of the 9 standard
// outputs with the V8 sampling profiler and prints the functions and packages with the most time.
//   node bench/hotspots.mjs          the first build in a fresh process (what a cold CLI build pays)
//   node bench/hotspots.mjs --warm   a second build in the same process (what a warm rebuild pays)
import { mkdtemp } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..');
const warm = process.argv.includes('--warm');
const TOP = 12;

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });

// Loading the modules is part of a cold build; import inside the profile.
if (!warm) await session.post('Profiler.start');
const { build } = await import('../lib/build/index.js');
const request = { root: REPO, editions: ['en', 'zh', 'bilingual'], formats: ['pdf', 'docx', 'html'], outDir: await mkdtemp(path.join(os.tmpdir(), 'briefing-hotspots-')) };
if (warm) {
  await build(request);
  await session.post('Profiler.start');
}
const started = performance.now();
await build(request);
const wallMs = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

/** Sampled time per node: (end - start) spread over the samples by their time deltas. */
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
/** Samples taken while the profiler itself reports back (node:inspector) are not the build's time. */
const stackOf = function* (id) {
  for (let node = nodes.get(id); node; node = nodes.get(parents.get(node.id))) yield node;
};
const selfUs = new Map();
profile.samples.forEach((id, i) => {
  if ([...stackOf(id)].some((node) => node.callFrame.url === 'node:inspector')) return;
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

const where = ({ callFrame: f }) => {
  const file = f.url.replace(/^file:\/\//, '').replace(`${REPO}/`, '');
  return `${file || '(native)'}:${f.lineNumber + 1} ${f.functionName || '(anonymous)'}`;
};
const packageOf = ({ callFrame: f }) => {
  const file = f.url.replace(/^file:\/\//, '');
  if (!file) return f.functionName.startsWith('(') ? f.functionName : '(native)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inModules) return inModules[1];
  if (file.startsWith(`${REPO}/lib/`)) return file.slice(REPO.length + 1).split('/').slice(0, 2).join('/');
  return file.startsWith('node:') ? 'node (built-in)' : file;
};

/** Time per key, counted once per sample even where a function recurses. */
function totals(keyOf, inclusive) {
  const byKey = new Map();
  for (const [id, us] of selfUs) {
    const keys = new Set();
    for (const node of inclusive ? stackOf(id) : [nodes.get(id)]) {
      const key = keyOf(node);
      if (key) keys.add(key);
    }
    for (const key of keys) byKey.set(key, (byKey.get(key) ?? 0) + us);
  }
  return [...byKey].sort((a, b) => b[1] - a[1]).slice(0, TOP);
}

const print = (title, rows) => {
  console.log(`\n${title}`);
  for (const [key, us] of rows) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / totalUs).toFixed(1).padStart(5)} %  ${key}`);
};
console.log(`${warm ? 'warm (second)' : 'cold (first)'} in-process build of the 9 standard outputs: ${(wallMs / 1000).toFixed(2)} s wall; ${(totalUs / 1000).toFixed(0)} ms sampled on the main thread`);
print('self time by package or module', totals(packageOf, false));
print('self time by function', totals(where, false));
print('inclusive time of our functions (lib/)', totals((node) => (node.callFrame.url.includes(`${REPO}/lib/`) ? where(node) : undefined), true));
