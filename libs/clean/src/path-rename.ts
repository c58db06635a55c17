// A selected value that is also a file or directory name (a token used as a file name): the entry
// is renamed with the replacement in its path, consistently in every commit, so the name does not
// keep the whole value. Paths are raw bytes as latin1 strings, maybe C-quoted as git writes them.
import { unquotePath } from './path-quote.util';
import type { HitCounts, ReplacementMatcher } from './replacement.matcher';

export interface PathRename {
  path: string; // raw path (latin1), unquoted
  hits: HitCounts;
}

export class PathRenamer {
  // Raw original path → its rename (null: holds no value), so each path is searched once.
  private readonly seen = new Map<string, PathRename | null>();

  constructor(private readonly matcher: ReplacementMatcher) {}

  /** The new raw path and the values found in it, or null when the path holds no selected value. */
  rename(quotedOrRaw: string): PathRename | null {
    const raw = unquotePath(quotedOrRaw);
    let found = this.seen.get(raw);
    if (found === undefined) {
      const result = this.matcher.apply(Buffer.from(raw, 'latin1'));
      found = result ? { path: result.data.toString('latin1'), hits: result.hits } : null;
      this.seen.set(raw, found);
    }
    return found;
  }

  /** Raw original path → raw new path, for every path renamed so far. */
  renamed(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [raw, r] of this.seen) if (r) out.set(raw, r.path);
    return out;
  }
}

// C-quotes a raw (latin1) path for fast-import: always quoted, so spaces, quotes and newlines
// a replacement may bring stay part of the path.
export function quotePath(raw: string): string {
  let out = '"';
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (code < 0x20 || code === 0x7f) out += '\\' + code.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out + '"';
}
