// A selected value that is also a file or directory name (a token used as a file name): the entry
// is renamed with the replacement in its path, consistently in every commit, so the name does not
// keep the whole value. Paths are raw bytes as latin1 strings, maybe C-quoted as git writes them.
import { unquotePath } from './path-quote.util';
import type { HitCounts, ReplacementMatcher } from './replacement.matcher';
import { DEFAULT_REPLACEMENT } from './replacement.model';

export interface PathRename {
  path: string; // raw path (latin1), unquoted
  hits: HitCounts;
}

export class PathRenamer {
  // Raw original path → its rename (null: holds no value), so each path is searched once.
  private readonly seen = new Map<string, PathRename | null>();
  // Raw original prefix (a directory, or a whole path) → its new prefix, once decided.
  private readonly prefixes = new Map<string, string>();
  // New prefix → the original prefix that has it: two names never become one.
  private readonly taken = new Map<string, string>();

  constructor(private readonly matcher: ReplacementMatcher) {}

  /** The new raw path and the values found in it, or null when the path holds no selected value. */
  rename(quotedOrRaw: string): PathRename | null {
    const raw = unquotePath(quotedOrRaw);
    let found = this.seen.get(raw);
    if (found === undefined) {
      const result = this.matcher.apply(Buffer.from(raw, 'latin1'));
      found = result
        ? { path: this.renamedPath(raw, result.data.toString('latin1')), hits: result.hits }
        : null;
      if (!found) this.keep(raw);
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

  // A path that keeps its name: a renamed one must not take it (its file would be lost). Paths
  // come in commit order, and a tree's in name order, where `***REMOVED***` and capitals come
  // before most tokens; the preservation check catches a clash this order misses.
  private keep(raw: string): void {
    for (let end = raw.indexOf('/'); ; end = raw.indexOf('/', end + 1)) {
      const prefix = end === -1 ? raw : raw.slice(0, end);
      if (!this.prefixes.has(prefix)) {
        this.prefixes.set(prefix, prefix);
        if (!this.taken.has(prefix)) this.taken.set(prefix, prefix);
      }
      if (end === -1) return;
    }
  }

  // The new path, a component at a time: each directory is renamed once for every path under it,
  // and a component renamed to a name that another one of the same directory already has (two
  // tokens, one replacement; a file that kept its name) is numbered: `***REMOVED***~2`. A
  // component that would be no valid name (an empty replacement, `..`, one holding `/`) is the
  // default replacement instead. `whole`: the path with the values replaced at once, kept when a
  // value spans a `/`.
  private renamedPath(raw: string, whole: string): string {
    let rawPrefix = '';
    let newPrefix = '';
    for (const part of raw.split('/')) {
      rawPrefix = rawPrefix === '' ? part : `${rawPrefix}/${part}`;
      let mapped = this.prefixes.get(rawPrefix);
      if (mapped === undefined) {
        const replaced = this.matcher.apply(Buffer.from(part, 'latin1'))?.data.toString('latin1') ?? part;
        const name = replaced !== part && !isPathPart(replaced) ? DEFAULT_REPLACEMENT : replaced;
        const at = (n: string): string => (newPrefix === '' ? n : `${newPrefix}/${n}`);
        mapped = at(name);
        for (let n = 2; name !== part && this.taken.has(mapped) && this.taken.get(mapped) !== rawPrefix; n++)
          mapped = at(`${name}~${n}`);
        this.prefixes.set(rawPrefix, mapped);
        this.taken.set(mapped, rawPrefix);
      }
      newPrefix = mapped;
    }
    return newPrefix === raw ? whole : newPrefix;
  }
}

// Whether `name` can be a component of a path in a tree git accepts: not empty, no `/` or NUL, not
// `.`, `..` or `.git` (git fsck refuses those, and a checkout would write outside the work tree).
function isPathPart(name: string): boolean {
  return name !== '' && !/[/\0]/.test(name) && !/^(?:\.{1,2}|\.git)$/i.test(name);
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
