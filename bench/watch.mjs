// Watch mode, timed as a user sees it: `briefing watch` of the 9 standard outputs on a scratch copy of
// the project; one Chinese locale string is saved, changed and changed back, `runs` times; each time
// is from the write of the file to the moment the affected outputs are rewritten (file-system event,
// the quiet time after it, and the rebuild in the warm process, on its two threads).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const LOCALE = path.join('locales', 'zh', 'track2-2021.json');
/** A string of a section heading, printed in the Chinese and bilingual editions. */
const EDIT = ['全球数字经济事关重大', '全球数字经济至关重要'];

export async function watchTimings(root, runs, { editions, formats }) {
  const { QUIET_MS, startWatch } = await import('../lib/watch/session.js');
  const quiet = { out: () => {}, err: () => {} };
  let built;
  const nextBuild = () => new Promise((resolve) => (built = resolve));
  let pending = nextBuild();
  const session = await startWatch(
    { root, editions, profiles: [], allProfiles: false, formats, outDir: path.join(root, 'dist'), onBuild: (outcome) => built(outcome) },
    quiet,
  );
  try {
    const initial = await pending;
    if (initial.error) throw new Error(`watch: the first build failed: ${initial.error}`);
    const times = [];
    let rewritten = [];
    for (let i = 0; i < runs; i++) {
      const file = path.join(root, LOCALE);
      const text = await readFile(file, 'utf8');
      const [from, to] = i % 2 === 0 ? EDIT : [...EDIT].reverse();
      if (!text.includes(from)) throw new Error(`watch: "${from}" is not in ${LOCALE}`);
      pending = nextBuild();
      const started = performance.now();
      await writeFile(file, text.replace(from, to));
      const outcome = await pending;
      times.push(performance.now() - started);
      if (outcome.error) throw new Error(`watch: a rebuild failed: ${outcome.error}`);
      rewritten = outcome.result.outputs.map((o) => o.file).sort();
    }
    return { runsMs: times.map(Math.round), medianMs: Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]), rewritten, quietMs: QUIET_MS };
  } finally {
    await session.close();
  }
}
