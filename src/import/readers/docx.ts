/**
 * Word files: mammoth turns styles and numbering into HTML (headings by style, <ul>/<ol> by
 * numbering level, <strong> for bold runs, tables, footnotes), which the HTML reader reads into
 * the intermediate document. Headings set by look (a short bold paragraph) are recognized later,
 * by structure detection, as in every format.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ContentError } from '../../errors.js';
import type { SourceDocument } from '../source-document.js';
import { readHtml } from './html.js';

/** Mammoth's default map knows "Heading 1…6" but not the Title style that agreements often start with. */
const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * What the parts of a Word file may unpack to together: ten times the 10 MB an imported file may
 * be. Text compresses about tenfold, pictures hardly at all; a zip bomb (a few MB that inflate to
 * gigabytes: issue 15) goes far beyond.
 */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

export async function readDocx(buffer: Buffer, displayName: string): Promise<SourceDocument> {
  await assertUnpackedSize(buffer, displayName);
  const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap });
  return readHtml(html, { printNumbers: false });
}

/**
 * Inflates every part as mammoth's zip reader (JSZip) will, by the same central directory, counting
 * the bytes and stopping at the limit. The sizes a zip file declares are not trusted: a bomb can
 * understate them, and JSZip compares them only after inflating everything.
 */
async function assertUnpackedSize(buffer: Buffer, displayName: string): Promise<void> {
  const zip = await JSZip.loadAsync(buffer);
  let left = MAX_UNPACKED_BYTES;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    left -= await unpackedSize(entry, left);
    if (left < 0) {
      throw new ContentError(displayName, undefined, `its parts unpack to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB (at ${entry.name}): a Word file of text is far smaller; check that this is the right file`, 2);
    }
  }
}

/** The bytes a part inflates to, or a number above `budget` as soon as it passes it (inflating stops there). */
function unpackedSize(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= budget) return;
        stream.pause();
        resolve(bytes);
      })
      .on('end', () => resolve(bytes))
      .on('error', reject);
  });
}
