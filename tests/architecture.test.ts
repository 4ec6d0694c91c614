import madge from 'madge';
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
