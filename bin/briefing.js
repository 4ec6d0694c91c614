#!/usr/bin/env node
// Runs the compiled CLI (lib/ is produced by `npm ci` through the `prepare` script).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
