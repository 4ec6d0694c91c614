import { readFile } from 'node:fs/promises';
import path from 'node:path';
import madge from 'madge';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The module graph of src/ as Node loads it: type-only imports vanish at compile time and do not count. */
const graph = await madge('src', {
  fileExtensions: ['ts'],
  tsConfig: 'tsconfig.json',
  detectiveOptions: { ts: { skipTypeImports: true } },
});

describe('the module graph', () => {
  it('has no import cycles', () => {
    // The graph is real: every module, and the command line's imports of its commands.
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(100);
    expect(graph.obj()['cli/main.ts']).toContain('cli/build.ts');
    expect(graph.circular()).toEqual([]);
  });

  it('keeps the command line a leaf: nothing outside cli/ imports it', () => {
    const intoCli = Object.entries(graph.obj()).flatMap(([from, imports]) =>
      from.startsWith('cli/') ? [] : imports.filter((to) => to.startsWith('cli/')).map((to) => `${from} → ${to}`),
    );
    expect(intoCli).toEqual([]);
  });
});

/**
 * Every module of src/ that has code is loaded by some test, directly or through the modules it imports
 * (a worker started by its path counts as imported by the module that starts it). Modules that only
 * declare types vanish at compile time and have nothing to exercise.
 */
describe('the tests', () => {
  it('exercise every source module', async () => {
    const withTests = (await madge(['src', 'tests'], { fileExtensions: ['ts'], tsConfig: 'tsconfig.json', detectiveOptions: { ts: { skipTypeImports: true } } })).obj();
    const workerEntries = async (file: string): Promise<string[]> =>
      [...(await readFile(file, 'utf8')).matchAll(/new URL\('\.\/([\w-]+)\.js', import\.meta\.url\)/g)].map((m) => path.join(path.dirname(file), `${m[1]}.ts`));
    const reached = new Set<string>();
    const pending = Object.keys(withTests).filter((file) => file.startsWith('tests/'));
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      pending.push(...(withTests[file] ?? []), ...(file.startsWith('src/') ? await workerEntries(file) : []));
    }
    const hasCode = async (file: string) => ts.transpileModule(await readFile(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, removeComments: true } }).outputText.replace(/export \{\};|\/\/.*|\s/g, '') !== '';
    const sources = Object.keys(withTests).filter((file) => file.startsWith('src/'));
    expect(sources.length).toBeGreaterThan(100);
    const unreached: string[] = [];
    for (const file of sources) if (!reached.has(file) && (await hasCode(file))) unreached.push(file);
    expect(unreached).toEqual([]);
  });
});
