// Part of `npm run compile` (and of `npm ci`, through `prepare`): bundles the no-change path of
// `briefing build` (lib/cli/unchanged.js and what it imports) into one CommonJS file, lib/unchanged.cjs,
// that bin/briefing.cjs loads first. Node loads one file much faster than the ~15 modules it is made
// of, and a CommonJS one without starting its ES module loader: that start-up is most of a build in
// which nothing changed.
import path from 'node:path';
import { build } from 'rolldown';

const LIB = path.resolve(import.meta.dirname, '..', 'lib');
await build({
  input: path.join(LIB, 'cli', 'unchanged.js'),
  platform: 'node',
  logLevel: 'warn',
  // recordBuild (build/up-to-date.ts) imports the publishing modules when it records; the no-change
  // path never records, so in this bundle those imports are left out, and rolldown's note about them is moot.
  onLog: (level, log, defaultHandler) => log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT' && defaultHandler(level, log),
  output: { file: path.join(LIB, 'unchanged.cjs'), format: 'cjs' },
});
