// Which paths are not scanned: .deployguardignore (gitignore syntax) plus the config's allowlist.
import { readFileSync } from 'node:fs';
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

  static fromFile(file: string, extraPatterns: readonly string[] = []): PathFilter {
    let text: string | null = null;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = null;
    }
    return PathFilter.from(text, extraPatterns);
  }

  ignores(path: string): boolean {
    return path !== '' && this.ig.ignores(path);
  }
}
