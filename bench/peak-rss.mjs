// Preloaded into a measured process (node --import): on exit, writes the peak resident set size of
// the whole process (all threads), in kilobytes, to the file named by BENCH_PEAK_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.BENCH_PEAK_RSS_FILE;
if (target && isMainThread) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
