/**
 * Errors meant for people: one line, naming the file and the place, saying what to do.
 * Exit codes (see README): 1 invalid content or a failed output, 2 bad usage or an unusable input file.
 */
export type ExitCode = 1 | 2;

export class BriefingError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = 1,
  ) {
    super(message);
    this.name = 'BriefingError';
  }
}

/** Bad content in a source file (data, locale, template): `file:line:column: message`. */
export class ContentError extends BriefingError {
  constructor(
    readonly file: string,
    readonly place: string | undefined,
    readonly detail: string,
    exitCode: ExitCode = 1,
  ) {
    super(`${file}${formatPlace(place)}: ${detail}`, exitCode);
    this.name = 'ContentError';
  }
}

/** `:12:5` for a line and column, ` key blocks.x` (after a colon) for a key. */
function formatPlace(place: string | undefined): string {
  if (place === undefined) return '';
  return /^\d/.test(place) ? `:${place}` : `: ${place}`;
}

/** Bad command-line usage. */
export class UsageError extends BriefingError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}
