// Why a file could not be read or written, as a few words for a one-line error message, and the
// reading of a file a user names (a config, a baseline, a replace file) that cannot hang or fill
// memory on a named pipe or a device.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

// The words of Node's errno message (`ENOSPC: no space left on device, write`).
const ERRNO_WORDS = /^E[A-Z0-9]+: ([^,]+)/;

/**
 * "no such file", "permission denied", "is a directory", … from Node's errno error (`ENOENT:
 * no such file or directory, open 'x'`); the code alone when the message has another shape.
 */
export function fileErrorReason(e: unknown): string {
  const error = e as NodeJS.ErrnoException;
  if (error?.code === 'ENOENT') return 'no such file';
  if (error?.code === 'EISDIR') return 'it is a directory';
  const text = ERRNO_WORDS.exec(String(error?.message ?? ''))?.[1];
  return text ?? error?.code ?? (error?.message || 'error');
}

/**
 * A system error in words, its code after them: `no space left on device (ENOSPC)`, without the
 * call and path Node's message names (the caller says what it was doing). Anything else: its
 * code, or its message.
 */
export function systemErrorText(e: NodeJS.ErrnoException): string {
  const words = ERRNO_WORDS.exec(e.message)?.[1];
  if (words && e.code) return `${words} (${e.code})`;
  return e.code ?? e.message;
}

/** The most a file a user names may hold (a config, a baseline, a replace file): 256 MB. */
export const MAX_USER_FILE_BYTES = 256 * 1024 * 1024;

/**
 * The text of `file` (UTF-8), a regular file of at most `maxBytes`: see readRegularFile.
 */
export function readUserFile(file: string, maxBytes = MAX_USER_FILE_BYTES): string {
  return readRegularFile(file, maxBytes).toString('utf8');
}

/**
 * The bytes of `file`, a regular file of at most `maxBytes` (links followed). Opened without
 * waiting, so a named pipe cannot hang the command, and never read from a device. Throws an errno
 * error (ENOENT, EACCES, EISDIR, …) or one whose message says the file is not a regular file or
 * too large; fileErrorReason words either.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('EISDIR: it is a directory'), { code: 'EISDIR' });
    if (!stats.isFile()) throw new Error('not a regular file (a named pipe, a device or a socket)');
    if (stats.size > maxBytes) throw new Error(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
    const data = Buffer.alloc(stats.size);
    let read = 0;
    for (let n = 1; read < data.length && n > 0; read += n)
      n = readSync(fd, data, read, data.length - read, read);
    return data.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
