import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerImport } from './import.js';
import { registerList } from './list.js';
import { registerPreview } from './preview.js';
import { registerTm } from './tm.js';
import { registerWatch } from './watch.js';
import { registerXliff } from './xliff.js';
import { errColors, processIo, reportError, type Io } from '../terminal.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

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
