import { expect } from 'vitest';
import { BriefingError } from '../../src/errors.js';

/**
 * What a loader must do with any input: return a value, or throw a BriefingError whose message is
 * one line naming the file, with the exit code for its kind of file. Anything else (a TypeError, a
 * RangeError, a multi-line message) fails the property with the input that caused it.
 */
export function expectPeopleError(error: unknown, file: string, exitCode: 1 | 2): asserts error is BriefingError {
  if (!(error instanceof BriefingError)) throw error;
  expect(error.message.startsWith(file), error.message).toBe(true);
  expect(error.message).not.toMatch(/[\n\r]/);
  expect(error.exitCode).toBe(exitCode);
}

/** The value `load` returns, or undefined after checking the error it throws with expectPeopleError. */
export function loadOrExplain<T>(load: () => T, file: string, exitCode: 1 | 2): T | undefined {
  try {
    return load();
  } catch (error) {
    expectPeopleError(error, file, exitCode);
    return undefined;
  }
}

/** The one-line BriefingError that a piece of work fails with. */
export async function failure(work: Promise<unknown>): Promise<BriefingError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BriefingError);
  expect((error as BriefingError).message).not.toMatch(/[\n\r]/);
  return error as BriefingError;
}
