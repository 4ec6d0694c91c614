// The CC BY 4.0 translation memory as a translator makes it, for the pretranslate test (which runs src/)
// and the bench (which runs lib/): the English legal code imported, its official Chinese attached with
// `import --lang zh`, and the confirmed pairs written by `tm export`. Plain JavaScript so that both can
// load it; each passes the CLI entry point (`main`) it runs.
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a project needs besides agreements: templates, the UI strings and their records, the glossary. */
export const PROJECT_BASICS = ['templates', 'locales/en/common.json', 'locales/zh/common.json', 'locales/zh/common.source.json', 'data/glossary.tsv'];

/** A project folder with the basics of `repo` and no agreement yet. */
export async function emptyProject(repo, prefix) {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  for (const part of PROJECT_BASICS) await cp(path.join(repo, part), path.join(root, part), { recursive: true });
  await mkdir(path.join(root, 'data', 'agreements'), { recursive: true });
  return root;
}

/** Runs the CLI in-process; a failing step stops with what it said. */
async function briefing(main, ...argv) {
  const said = [];
  const code = await main(argv, { out: (...lines) => said.push(...lines), err: (line) => said.push(line) });
  if (code !== 0) throw new Error(`briefing ${argv.join(' ')}: exit ${code}\n${said.join('\n')}`);
  return said;
}

/**
 * Writes the memory to `tmxFile` (and its termbase beside it) and returns what the steps printed:
 * the import summary of the Chinese text (pairs, flagged) and the export line.
 */
export async function ccByMemory(main, repo, corpus, tmxFile) {
  const root = await emptyProject(repo, 'briefing-cc-by-memory-');
  try {
    const id = 'cc-by-4-0';
    await briefing(main, 'import', path.join(corpus, 'cc-by-4.0-legalcode.en.txt'), '--id', id, '--root', root);
    const attached = await briefing(main, 'import', path.join(corpus, 'cc-by-4.0-legalcode.zh.txt'), '--id', id, '--lang', 'zh', '--out', root, '--root', root);
    const exported = await briefing(main, 'tm', 'export', '--out', tmxFile, '--root', root);
    return [...attached, ...exported];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
