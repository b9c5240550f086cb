/**
 * @module cli-errors
 * The CLI's exit codes and the error that carries one. Every failure ends the process with a
 * one-line message on stderr and one of these codes, so scripts can tell them apart.
 */

/** Exit codes of `docextract` (also listed in `docextract --help`). */
export const EXIT = {
  OK: 0,
  /** A document was processed but failed, or was not processed (classified as other). */
  DOCUMENT_FAILED: 1,
  /** Bad arguments or a missing setting (URL, API key, password). */
  USAGE: 2,
  /** The service could not be reached (connection refused, DNS, timeout). */
  UNREACHABLE: 3,
  /** The service answered with an error status (401, 404, 413, 5xx, ...). */
  REFUSED: 4,
} as const;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
