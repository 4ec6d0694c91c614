import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { addBuildOptions, buildRequestFrom, type BuildOptions } from './build-options.js';
import { commonOptions } from './options.js';
import type { Io } from '../terminal.js';
import { interrupted } from './signals.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port "${value}" is not a port number: give one from 1 to 65535, or leave it out for a free one`);
  return port;
}

/** `briefing preview`: the options of build and --port; serves and rebuilds until Ctrl-C (exit 0). */
export function registerPreview(program: Command, io: Io): void {
  commonOptions(
    addBuildOptions(
      program.command('preview').description('build, watch, and serve the outputs on 127.0.0.1 with an index page that reloads after each rebuild, until Ctrl-C'),
    ).option('--port <n>', 'port on 127.0.0.1 (default: a free one)', parsePort),
  ).action(async (options: BuildOptions & { port?: number; debug?: boolean }) => {
    const request = await buildRequestFrom(options);
    // Loaded on use: the HTTP server and page are not needed by the other commands.
    const { startPreview } = await import('../preview/index.js');
    const session = await startPreview({ ...request, allProfiles: options.allProfiles ?? false, debug: options.debug }, options.port ?? 0, io);
    await interrupted();
    await session.close();
    io.out('stopped previewing');
  });
}
