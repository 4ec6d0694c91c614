#!/usr/bin/env node
// Runs the compiled CLI (lib/ is produced by `npm ci` through the `prepare` script). A build first
// asks the last build's record whether anything changed (lib/unchanged.cjs, one bundled file): an
// unchanged project is answered before the command line and its modules load. This file and that
// bundle are CommonJS because Node's ES module loader takes about 12 ms to start, a tenth of such a
// build; the command line itself is ES modules, imported only when the record cannot answer.
'use strict';
const started = performance.now();
const { answerUnchanged } = require('../lib/unchanged.cjs');

const argv = process.argv.slice(2);
const unchanged = argv[0] === 'build' ? answerUnchanged(argv.slice(1), started) : undefined;
if (unchanged !== undefined) process.exitCode = unchanged;
else
  import('../lib/cli/main.js').then(async ({ main }) => {
    process.exitCode = await main(argv);
  });
