// Which paths are not scanned: .deployguardignore (gitignore syntax) plus the config's allowlist.
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE_NAME = '.deployguardignore';

export class PathFilter {
  private readonly ig: Ignore | null;

  constructor(patterns: readonly string[]) {
    // Without a pattern nothing is ignored: no need to ask, path by path (a large history has
    // tens of thousands of paths).
    const given = patterns.some((p) => p.trim() !== '' && !p.startsWith('#'));
    this.ig = given ? ignore().add(patterns as string[]) : null;
  }

  // `ignoreFileText` is the content of .deployguardignore (absent: null).
  static from(ignoreFileText: string | null, extraPatterns: readonly string[] = []): PathFilter {
    return new PathFilter([...(ignoreFileText ? ignoreFileText.split(/\r?\n/) : []), ...extraPatterns]);
  }

  ignores(path: string): boolean {
    return this.ig !== null && path !== '' && this.ig.ignores(path);
  }
}
