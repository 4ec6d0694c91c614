import { Command, CommanderError, Option } from 'commander';
import { BriefingError } from '../errors.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerImport } from './import.js';
import { registerList } from './list.js';
import { registerTm } from './tm.js';
import { registerWatch } from './watch.js';
import { registerXliff } from './xliff.js';

export interface Io {
  out: (...lines: string[]) => void;
  err: (line: string) => void;
}

const processIo: Io = {
  out: (...lines) => process.stdout.write(lines.map((line) => `${line}\n`).join('')),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Options every command takes (GUIDE section 3). */
export function commonOptions(command: Command): Command {
  return command
    .addOption(new Option('--root <dir>', 'project folder holding data/, locales/ and templates/').default('.', 'current folder'))
    .option('--agreement <id>', 'agreement to use (default: the only one in data/agreements)')
    .option('--debug', 'print stack traces of errors');
}

/**
 * Runs the CLI and returns the exit code: 0 success, 1 invalid content or a failed output,
 * 2 bad usage or an unusable input file.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const program = new Command('briefing')
    .description('Build English and Chinese briefing editions (PDF, DOCX, HTML) of dialogue agreements.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError('(run with --help for usage)');
  let exitCode = 0;
  registerBuild(program, io);
  registerCheck(program, io, (code) => (exitCode = code));
  registerList(program, io);
  registerImport(program, io);
  registerWatch(program, io);
  registerXliff(program, io);
  registerTm(program, io);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const debug = argv.includes('--debug');
    if (error instanceof BriefingError) {
      if (error.message) io.err(`briefing: ${error.message}`);
      if (debug && error.stack) io.err(error.stack);
      return error.exitCode;
    }
    io.err(`briefing: internal error: ${(error as Error).message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}`);
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}
