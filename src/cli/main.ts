import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { errColors, processIo, reportError, type Io } from '../terminal.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

type Register = (program: Command, io: Io, setExitCode: (code: number) => void) => void;

/**
 * The commands, in the order help lists them. Each module is imported when its command is run (or
 * help lists them all), so that a command pays only for the code it uses: start-up time is most of
 * a build that has nothing to do. `tm.js` defines `tm` and `pretranslate`.
 */
const tm = async (): Promise<Register> => (await import('./tm.js')).registerTm;
const COMMANDS: Record<string, () => Promise<Register>> = {
  build: async () => (await import('./build.js')).registerBuild,
  check: async () => (await import('./check.js')).registerCheck,
  list: async () => (await import('./list.js')).registerList,
  import: async () => (await import('./import.js')).registerImport,
  watch: async () => (await import('./watch.js')).registerWatch,
  preview: async () => (await import('./preview.js')).registerPreview,
  xliff: async () => (await import('./xliff.js')).registerXliff,
  convert: async () => (await import('./convert.js')).registerConvert,
  tm,
  pretranslate: tm,
};

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
  const named = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
  for (const load of new Set(named ? [named] : Object.values(COMMANDS))) (await load())(program, io, (code) => (exitCode = code));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const debug = argv.includes('--debug');
    return reportError(error, io, debug);
  }
}
