import pc from 'picocolors';
import { BriefingError } from './errors.js';

/** The colours of one output stream: real ones on a terminal, identity functions otherwise. */
export type Colors = ReturnType<typeof pc.createColors>;

/** Where a command writes: lines to stdout and stderr, and the colours each of them takes. */
export interface Io {
  out: (...lines: string[]) => void;
  err: (line: string) => void;
  /** Plain text when absent (tests, pipes). */
  colors?: { out: Colors; err: Colors };
}

const plain = pc.createColors(false);

/**
 * Whether to colour a stream: never with NO_COLOR (no-color.org), always with FORCE_COLOR (other
 * than 0/false), otherwise only on a terminal that has colours (TERM=dumb has none).
 */
export function colorsWanted(stream: { isTTY?: boolean; hasColors?: () => boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  return stream.isTTY === true && (stream.hasColors?.() ?? false);
}

export const processIo: Io = {
  out: (...lines) => process.stdout.write(lines.map((line) => `${line}\n`).join('')),
  err: (line) => process.stderr.write(`${line}\n`),
  colors: { out: pc.createColors(colorsWanted(process.stdout)), err: pc.createColors(colorsWanted(process.stderr)) },
};

export const outColors = (io: Io): Colors => io.colors?.out ?? plain;
export const errColors = (io: Io): Colors => io.colors?.err ?? plain;

/** A line that reports work done (green). */
export function success(io: Io, line: string): void {
  io.out(outColors(io).green(line));
}

/** `warning: …` on stderr (yellow). */
export function warn(io: Io, message: string): void {
  io.err(`${errColors(io).yellow('warning:')} ${message}`);
}

/** `briefing: …`, an error, on stderr (red). */
export function fail(io: Io, message: string): void {
  io.err(`${errColors(io).red(errColors(io).bold('briefing:'))} ${message}`);
}

/** "1 output", "9 outputs". */
export const plural = (n: number, noun: string, nouns = `${noun}s`): string => `${n} ${n === 1 ? noun : nouns}`;

/** Prints an error as one line (`briefing: …`; the stack only with --debug) and returns its exit code. */
export function reportError(error: unknown, io: Io, debug: boolean): number {
  const message = errorLine(error, debug);
  if (message) fail(io, message);
  if (debug && error instanceof Error && error.stack) io.err(error.stack);
  return error instanceof BriefingError ? error.exitCode : 1;
}

/** The one line that tells people about an error (without the `briefing:` prefix). */
export function errorLine(error: unknown, debug = false): string {
  if (error instanceof BriefingError) return error.message;
  return `internal error: ${(error as Error).message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}`;
}
