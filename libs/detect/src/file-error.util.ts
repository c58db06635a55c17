// Why a file the user named could not be read, as a few words for a one-line error message.

/**
 * "no such file", "permission denied", "is a directory", … from Node's errno error (`ENOENT:
 * no such file or directory, open 'x'`); the code alone when the message has another shape.
 */
export function fileErrorReason(e: unknown): string {
  const error = e as NodeJS.ErrnoException;
  if (error?.code === 'ENOENT') return 'no such file';
  if (error?.code === 'EISDIR') return 'it is a directory';
  const text = /^[A-Z0-9]+: ([^,]+)/.exec(String(error?.message ?? ''))?.[1];
  return text ?? error?.code ?? 'error';
}
