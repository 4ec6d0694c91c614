/**
 * pdfkit opens (parses) every font again for each PDF: a CJK face takes tens of milliseconds and
 * megabytes each time. This module puts a fontkit in Node's module cache, before pdfkit first loads it,
 * whose `create` returns one parsed font per font file for the whole process. It must be imported
 * before pdfmake (see writers/pdf/index.ts). Fonts are only read by pdfkit (layout, subsetting), so
 * sharing them between documents is safe.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font, FontCollection } from 'fontkit';

const require = createRequire(import.meta.url);
const pdfkitDir = path.dirname(require.resolve('pdfkit'));
const fontkitPath = require.resolve('fontkit', { paths: [pdfkitDir] });
const fontkit = require(fontkitPath) as typeof import('fontkit');

const parsed = new WeakMap<Uint8Array, Font | FontCollection>();

/** fontkit.create, once per font buffer (the buffers are themselves read once, by fonts/index.ts). */
export function createShared(buffer: Uint8Array, postscriptName?: string): Font | FontCollection {
  if (postscriptName) return fontkit.create(buffer as Buffer, postscriptName);
  let font = parsed.get(buffer);
  if (!font) {
    font = fontkit.create(buffer as Buffer);
    parsed.set(buffer, font);
  }
  return font;
}

require.cache[fontkitPath] = { id: fontkitPath, filename: fontkitPath, loaded: true, exports: { ...fontkit, create: createShared } } as NodeJS.Module;
