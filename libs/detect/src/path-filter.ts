// Which paths are not scanned: .deployguardignore (gitignore syntax) plus the config's allowlist.
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE_NAME = '.deployguardignore';

export class PathFilter {
  private readonly ig: Ignore;

  constructor(patterns: readonly string[]) {
    this.ig = ignore().add(patterns as string[]);
  }

  // `ignoreFileText` is the content of .deployguardignore (absent: null).
  static from(ignoreFileText: string | null, extraPatterns: readonly string[] = []): PathFilter {
    return new PathFilter([...(ignoreFileText ? ignoreFileText.split(/\r?\n/) : []), ...extraPatterns]);
  }

  ignores(path: string): boolean {
    return path !== '' && this.ig.ignores(path);
  }
}
