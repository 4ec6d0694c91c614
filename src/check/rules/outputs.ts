import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { stripInlineMarkup } from '../../compose/inline-markup.js';
import { BriefingError } from '../../errors.js';
import type { ManifestEntry } from '../../io/manifest.js';
import { editionSectionIds } from '../../select/editions.js';
import { usedKeys, type Catalog } from '../catalog.js';
import { docxText, htmlText, pdfText } from '../extract.js';
import { error, type Finding } from '../findings.js';

/** Text compared without spaces next to Han characters (justified Chinese lines report gaps as spaces). */
export const compactText = (text: string): string =>
  text.replace(/\s+/g, ' ').trim().replace(/\s*([\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])\s*/gu, '$1');

const extractors = { pdf: pdfText, docx: docxText, html: htmlText };

async function readManifest(dir: string): Promise<ManifestEntry[]> {
  try {
    return (JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { outputs: ManifestEntry[] }).outputs;
  } catch {
    throw new BriefingError(`no readable manifest.json in ${dir}: run npx briefing build --out ${dir} first`, 2);
  }
}

/**
 * Each built output carries the sections its selection names, in order, and the text of every
 * block of those sections in each of its languages — so a writer that drops a block is caught.
 */
export async function outputsRule(catalog: Catalog, dir: string): Promise<Finding[]> {
  const expected = editionSectionIds(catalog.agreement);
  const keys = usedKeys(catalog.agreement).filter((k) => k.key.startsWith('blocks.'));
  const findings: Finding[] = [];
  for (const output of await readManifest(dir)) {
    const language = output.languages.join('+');
    if (output.sections.join() !== expected.join()) {
      const missing = expected.find((id) => !output.sections.includes(id));
      findings.push(
        error('outputs', missing ? `sections.${missing}` : 'sections', language, `${output.file}: sections are ${output.sections.join(', ')} where the edition has ${expected.join(', ')}: rebuild it`),
      );
    }
    const text = compactText((await extractors[output.format](path.join(dir, output.file))).text);
    for (const lang of output.languages) {
      for (const { key, section } of keys) {
        if (!output.sections.includes(section)) continue;
        const block = catalog.strings[lang]?.get(key);
        if (block !== undefined && !text.includes(compactText(stripInlineMarkup(block)))) {
          findings.push(error('outputs', key, lang, `${output.file}: the text of this block is missing from the output; rebuild, and report a bug in the ${output.format} writer if it stays missing`));
        }
      }
    }
  }
  return findings;
}
