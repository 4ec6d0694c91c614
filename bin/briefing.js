#!/usr/bin/env node
// Runs the compiled CLI (lib/ is produced by `npm ci` through the `prepare` script). A build first
// asks the last build's record whether anything changed (lib/unchanged.js, one bundled file): an
// unchanged project is answered before the command line and its modules load.
import { answerUnchanged } from '../lib/unchanged.js';

const started = performance.now();
const argv = process.argv.slice(2);
const unchanged = argv[0] === 'build' ? answerUnchanged(argv.slice(1), started) : undefined;
process.exitCode = unchanged ?? (await (await import('../lib/cli/main.js')).main(argv));
