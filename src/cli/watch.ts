import type { Command } from 'commander';
import { startWatch, WATCHED_FOLDERS } from '../watch/session.js';
import { addBuildOptions, buildRequestFrom, type BuildOptions } from './build-options.js';
import { commonOptions, type Io } from './main.js';

/** `briefing watch`: the options of build; builds, then rebuilds on every change until Ctrl-C (exit 0). */
export function registerWatch(program: Command, io: Io): void {
  const folders = WATCHED_FOLDERS.map((folder) => `${folder}/`).join(', ');
  commonOptions(addBuildOptions(program.command('watch').description(`build, then rebuild the outputs that a change in ${folders} affects, until Ctrl-C`))).action(
    async (options: BuildOptions & { debug?: boolean }) => {
      const request = await buildRequestFrom(options);
      const session = await startWatch({ ...request, allProfiles: options.allProfiles ?? false, debug: options.debug }, io);
      await interrupted();
      await session.close();
      io.out('stopped watching');
    },
  );
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM: stopping a watch is its normal end, exit 0. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
