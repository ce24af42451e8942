/**
 * Typed failures. Library code throws these; only src/cli/ turns them into an exit code.
 * - usage: the command line is wrong (bad flag, missing argument)            → exit 2
 * - runtime: the input cannot be read or processed at all (unreadable path,
 *   binary file, registry unreachable)                                       → exit 2
 * Findings about the input are never thrown: they are returned as diagnostics.
 */
export type FailureKind = 'usage' | 'runtime';

export class SpectroPackError extends Error {
  readonly kind: FailureKind;
  /** a file or place the error is about, printed before the message */
  readonly where?: string;
  /** what the user can do about it */
  readonly hint?: string;

  constructor(kind: FailureKind, message: string, opts: { where?: string; hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'SpectroPackError';
    this.kind = kind;
    this.where = opts.where;
    this.hint = opts.hint;
  }
}

export function usageError(message: string, hint?: string): SpectroPackError {
  return new SpectroPackError('usage', message, { hint });
}

export function runtimeError(where: string, message: string, hint?: string, cause?: unknown): SpectroPackError {
  return new SpectroPackError('runtime', message, { where, hint, cause });
}
