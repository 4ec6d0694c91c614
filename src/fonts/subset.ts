import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { writeFileAtomic } from '../io/atomic.js';
import { fontFile } from './index.js';

const require = createRequire(import.meta.url);
/** Cached subsets live beside the installed packages, like other build caches. */
const CACHE_DIR = path.join(path.dirname(require.resolve('subset-font/package.json')), '..', '.cache', 'briefing-fonts');

/**
 * The web font format of embedded subsets: WOFF, zlib-compressed, read by every browser. WOFF2 is
 * about a quarter smaller, but its Brotli compression at the quality WOFF2 encoders use took 2–7 s
 * per CJK face, which made a first build several times slower than the next; WOFF takes tens of ms.
 */
export const WEB_FONT = { format: 'woff', mime: 'font/woff' } as const;

/** sha256 of each font file's bytes, computed once per process. */
const fontHashes = new Map<string, Promise<string>>();
function fontHash(file: string): Promise<string> {
  let pending = fontHashes.get(file);
  if (!pending) {
    pending = fontFile(file).then((bytes) => createHash('sha256').update(bytes).digest('hex'));
    fontHashes.set(file, pending);
  }
  return pending;
}

const memory = new Map<string, Promise<Buffer>>();

/** The formats subsets are made in: WOFF for web pages, plain TrueType for Word documents. */
export type SubsetFormat = typeof WEB_FONT.format | 'truetype';

/**
 * A font holding only the glyphs of `chars` (a web font unless another format is asked for). Subsets
 * are cached in memory and on disk by what they are made of — the font's bytes, the characters and the
 * format — so a copy of the project, a fresh clone or another checkout of the same fonts finds them again.
 */
export async function fontSubset(file: string, chars: string, format: SubsetFormat = WEB_FONT.format): Promise<Buffer> {
  const sorted = [...new Set(chars)].sort().join('');
  const key = createHash('sha256')
    .update(await fontHash(file))
    .update(`\0${format}\0${sorted}`)
    .digest('hex')
    .slice(0, 32);
  let pending = memory.get(key);
  if (!pending) {
    pending = cachedSubset(file, sorted, key, format);
    memory.set(key, pending);
  }
  return pending;
}

async function cachedSubset(file: string, chars: string, key: string, format: SubsetFormat): Promise<Buffer> {
  const cacheFile = path.join(CACHE_DIR, `${key}.${format}`);
  try {
    return await readFile(cacheFile);
  } catch {
    const subset = await subsetFont(await fontFile(file), chars, { targetFormat: format });
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFileAtomic(cacheFile, subset);
    return subset;
  }
}
