/** `briefing tm export` and `tm import`: the project's memory out as TMX (and its glossary as a TSV termbase), outside memories in. */
import path from 'node:path';
import { loadCatalog, type Catalog } from '../check/catalog.js';
import { writeFileAtomic } from '../io/atomic.js';
import { glossaryIn, loadGlossary } from '../source/glossary.js';
import { SOURCE_LANGUAGE } from '../source/keys.js';
import { listAgreementIds, loadAgreement } from '../source/project.js';
import { readTextFile } from '../source/text-file.js';
import { onlyTranslationLanguage, toolTag } from './languages.js';
import { confirmedPairs, readTmx, TM_DIR, writeTmx } from './memory.js';

/** The locales and UI language tags are shared by every agreement: any agreement's catalog has them. */
async function projectCatalog(root: string): Promise<Catalog> {
  const [first] = await listAgreementIds(root);
  return loadCatalog(root, await loadAgreement(root, first));
}

export interface MemoryExport {
  lang: string;
  tmx: string;
  pairs: number;
  /** The glossary as a tab-separated termbase: header `<source tag> <target tag> kind status`. */
  termbase: string;
  terms: number;
}

export async function exportMemory(root: string, lang?: string): Promise<MemoryExport> {
  const catalog = await projectCatalog(root);
  const target = lang ?? onlyTranslationLanguage(catalog);
  const pairs = await confirmedPairs(root, target);
  const langs = { srcLang: toolTag(catalog, SOURCE_LANGUAGE), trgLang: toolTag(catalog, target) };
  const glossary = await loadGlossary(root);
  const terms = glossaryIn(glossary, target);
  const rows = [[langs.srcLang, langs.trgLang, 'kind', 'status'], ...terms.map(({ term, rendering }) => [term.english, rendering, term.kind, term.status])];
  return { lang: target, tmx: writeTmx(pairs, langs), pairs: pairs.length, termbase: rows.map((r) => `${r.join('\t')}\n`).join(''), terms: terms.length };
}

export interface MemoryImport {
  file: string;
  pairs: number;
}

/** Validates an outside TMX and stores its en → lang pairs as data/tm/<name>.tmx, written the way tm export writes. */
export async function importMemory(root: string, file: string, displayName: string, lang?: string): Promise<MemoryImport> {
  const catalog = await projectCatalog(root);
  const target = lang ?? onlyTranslationLanguage(catalog);
  const pairs = readTmx(await readTextFile(file, displayName, 2), displayName, catalog, target);
  const stored = path.join(TM_DIR, `${path.basename(file, path.extname(file))}.tmx`);
  await writeFileAtomic(path.join(root, stored), writeTmx(pairs, { srcLang: toolTag(catalog, SOURCE_LANGUAGE), trgLang: toolTag(catalog, target) }));
  return { file: stored, pairs: pairs.length };
}

export const termbaseFileFor = (tmxFile: string): string => path.join(path.dirname(tmxFile), `${path.basename(tmxFile, path.extname(tmxFile))}.glossary.tsv`);
