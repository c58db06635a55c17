// Errors that end a command with exit code 2 and a one-line message (never a stack trace).
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** The `--exit-code` value for findings: 0 to 125, never EXIT_ERROR. Throws CliError. */
export function parseExitCode(text: string): number {
  const code = Number(text);
  if (!Number.isInteger(code) || code < 0 || code > 125 || code === EXIT_ERROR)
    throw new CliError(
      `--exit-code must be an integer from 0 to 125 other than ${EXIT_ERROR} (kept for errors), got "${text}"`,
    );
  return code;
}
