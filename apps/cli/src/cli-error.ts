// Errors that end a command with exit code 2 and a one-line message (never a stack trace).
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * A system error in words, its code after them: `no space left on device (ENOSPC)`, from the
 * message Node gives (`ENOSPC: no space left on device, write`), without the call and path it
 * names (the caller says what it was writing). Anything else: its code, or its message.
 */
export function systemErrorText(e: NodeJS.ErrnoException): string {
  const words = /^E[A-Z0-9]+: ([^,]+)/.exec(e.message)?.[1];
  if (words && e.code) return `${words} (${e.code})`;
  return e.code ?? e.message;
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
