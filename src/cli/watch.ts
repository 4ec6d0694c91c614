import type { Command } from 'commander';
import { SOURCE_FOLDERS } from '../source/folders.js';
import { addBuildOptions, buildRequestFrom, type BuildOptions } from './build-options.js';
import { commonOptions } from './options.js';
import type { Io } from '../terminal.js';
import { interrupted } from './signals.js';

/** `briefing watch`: the options of build; builds, then rebuilds on every change until Ctrl-C (exit 0). */
export function registerWatch(program: Command, io: Io): void {
  const folders = SOURCE_FOLDERS.map((folder) => `${folder}/`).join(', ');
  commonOptions(addBuildOptions(program.command('watch').description(`build, then rebuild the outputs that a change in ${folders} affects, until Ctrl-C`))).action(
    async (options: BuildOptions & { debug?: boolean }) => {
      const request = await buildRequestFrom(options);
      const { startWatch } = await import('../watch/session.js');
      const session = await startWatch({ ...request, allProfiles: options.allProfiles ?? false, debug: options.debug }, io);
      await interrupted();
      await session.close();
      io.out('stopped watching');
    },
  );
}
