import path from 'node:path';
import { stripInlineMarkup } from '../../compose/inline-markup.js';
import { BriefingError } from '../../errors.js';
import { MANIFEST_FILE, readManifestIfAny, type ManifestEntry } from '../../io/manifest.js';
import { recoverOutputFolder } from '../../io/publish.js';
import { loadProfile } from '../../select/profile.js';
import { selectContent } from '../../select/selection.js';
import type { Agreement } from '../../source/schema.js';
import { usedKeys, type Catalog } from '../catalog.js';
import { FORMATS, isFormat, OUTPUT_FORMATS } from '../../writers/index.js';
import { compactText } from '../../writers/common/text.js';
import { error, type Finding } from '../findings.js';

/** What an output should carry: a standard edition everything, a profile its selection. */
export async function selectionOf(agreement: Agreement, root: string, profileId: string | null): Promise<{ agreement: Agreement; participants: boolean }> {
  const hasPeople = agreement.delegations.length > 0;
  if (profileId === null) return { agreement, participants: hasPeople };
  const profile = await loadProfile(root, profileId, agreement);
  return { agreement: selectContent(agreement, profile.include, profile.exclude).agreement, participants: hasPeople && profile.components.includes('participants') };
}

async function readManifest(dir: string): Promise<ManifestEntry[]> {
  const entries = await readManifestIfAny(path.join(dir, MANIFEST_FILE));
  if (entries === undefined) throw new BriefingError(`no readable manifest.json in ${dir}: run npx briefing build --out ${dir} first`, 2);
  const unknown = entries.find((entry) => !isFormat(entry.format));
  if (unknown) throw new BriefingError(`${path.join(dir, MANIFEST_FILE)}: ${unknown.file}: format ${JSON.stringify(unknown.format)} is not one of ${FORMATS.join(', ')}: rebuild with npx briefing build --out ${dir}`, 2);
  return entries;
}

/**
 * Each built output carries the sections its selection names, in order, and the text of every
 * block of those sections in each of its languages — so a writer that drops a block is caught.
 */
export async function outputsRule(catalog: Catalog, dir: string, root: string): Promise<Finding[]> {
  await recoverOutputFolder(dir); // a build killed while publishing: complete it before reading what it published
  const findings: Finding[] = [];
  for (const output of await readManifest(dir)) {
    const selected = await selectionOf(catalog.agreement, root, output.profile);
    const expected = [...selected.agreement.sections.map((s) => s.id), ...(selected.participants ? ['participants'] : [])];
    const keys = usedKeys(selected.agreement).filter((k) => k.key.startsWith('blocks.'));
    const language = output.languages.join('+');
    if (output.sections.join() !== expected.join()) {
      const missing = expected.find((id) => !output.sections.includes(id));
      findings.push(
        error('outputs', missing ? `sections.${missing}` : 'sections', language, `${output.file}: sections are ${output.sections.join(', ')} where the edition has ${expected.join(', ')}: rebuild it`),
      );
    }
    const texts = await OUTPUT_FORMATS[output.format].searchableTexts(path.join(dir, output.file));
    for (const lang of output.languages) {
      for (const { key, section } of keys) {
        if (!output.sections.includes(section)) continue;
        const block = catalog.strings[lang]?.get(key);
        if (block !== undefined && !texts.some((text) => text.includes(compactText(stripInlineMarkup(block))))) {
          findings.push(error('outputs', key, lang, `${output.file}: the text of this block is missing from the output; rebuild, and report a bug in the ${output.format} writer if it stays missing`));
        }
      }
    }
  }
  return findings;
}
