import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { findProjectRoot } from '../source/root.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerImport } from './import.js';
import { registerList } from './list.js';
import { registerPreview } from './preview.js';
import { registerTm } from './tm.js';
import { registerWatch } from './watch.js';
import { registerXliff } from './xliff.js';
import { errColors, processIo, reportError, type Io } from './io.js';

export type { Io } from './io.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** "1 unit", "2 units". */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Options every command takes (GUIDE section 3). */
export function commonOptions(command: Command): Command {
  return command
    .option('--root <dir>', 'project folder holding data/, locales/ and templates/ (default: the nearest folder upward with data/agreements)')
    .option('--agreement <id>', 'agreement to use (default: defaultAgreement in data/config.yaml, or the only one)')
    .option('--debug', 'print stack traces of errors')
    // Without --root, a command works on the project the current folder is in.
    .hook('preAction', (_command, action) => {
      if (action.getOptionValue('root') === undefined) action.setOptionValue('root', findProjectRoot(process.cwd()));
    });
}

/**
 * Runs the CLI and returns the exit code: 0 success, 1 invalid content or a failed output,
 * 2 bad usage or an unusable input file.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const program = new Command('briefing')
    .description('Build English and Chinese briefing editions (PDF, DOCX, HTML) of dialogue agreements.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: (s, write) => write(errColors(io).red(s)),
    })
    .showHelpAfterError('(run with --help for usage)')
    .version(version, '--version', 'print the version');
  let exitCode = 0;
  registerBuild(program, io);
  registerCheck(program, io, (code) => (exitCode = code));
  registerList(program, io);
  registerImport(program, io);
  registerWatch(program, io);
  registerPreview(program, io);
  registerXliff(program, io);
  registerTm(program, io);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const debug = argv.includes('--debug');
    return reportError(error, io, debug);
  }
}
