import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { writeFileAtomic } from '../io/atomic.js';
import { fontFile } from './index.js';

const require = createRequire(import.meta.url);
/** Cached subsets live beside the installed packages, like other build caches. */
const CACHE_DIR = path.join(path.dirname(require.resolve('subset-font/package.json')), '..', '.cache', 'briefing-fonts');

const memory = new Map<string, Promise<Buffer>>();

/**
 * A WOFF2 font holding only the glyphs of `chars`. WOFF2 compression costs 1–2 s for a CJK font,
 * so subsets are cached on disk by font file and character set; a rebuild with unchanged text is instant.
 */
export function woff2Subset(file: string, chars: string): Promise<Buffer> {
  const sorted = [...new Set(chars)].sort().join('');
  const key = createHash('sha256').update(file).update('\0').update(sorted).digest('hex').slice(0, 32);
  let pending = memory.get(key);
  if (!pending) {
    pending = cachedSubset(file, sorted, key);
    memory.set(key, pending);
  }
  return pending;
}

async function cachedSubset(file: string, chars: string, key: string): Promise<Buffer> {
  const { size } = await stat(file);
  const cacheFile = path.join(CACHE_DIR, `${key}-${size}.woff2`);
  try {
    return await readFile(cacheFile);
  } catch {
    const subset = await subsetFont(await fontFile(file), chars, { targetFormat: 'woff2' });
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFileAtomic(cacheFile, subset);
    return subset;
  }
}
