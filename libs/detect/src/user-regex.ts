// Regular expressions written by users (a config rule's `pattern` and `allow`, allowlist
// `regexes`) run on RE2, whose matching time is linear in the input: a pattern like `(a+)+$` cannot
// hang a scan. RE2 has no backreferences and no lookaround; such a pattern is refused when the
// config is loaded, naming the field. Built-in rules are reviewed code and stay on V8's RegExp.
// RE2 (a native module) is loaded on first use: most runs have no user pattern, and a pre-commit
// hook's start-up time is its cost to every commit.
import type RE2Type from 're2';

let loaded: typeof RE2Type | null = null;
const RE2 = (): typeof RE2Type => (loaded ??= require('re2') as typeof RE2Type);

/** Compiles a user-supplied pattern on RE2; throws an Error naming `field` when RE2 cannot run it. */
export function compileUserRegex(source: string, field: string): RegExp {
  try {
    return new (RE2())(source);
  } catch (e) {
    const reason = (e as Error).message;
    const unsupported = /invalid (perl operator|escape sequence)/.test(reason)
      ? '; backreferences (\\1) and lookaround ((?=, (?!, (?<=, (?<!) are not supported, as they need more than linear time'
      : '';
    throw new Error(`${field} is not a valid regular expression (${reason})${unsupported}`);
  }
}

/** Whether `re` runs on the linear-time engine (a user pattern). */
export function isLinearTime(re: RegExp): boolean {
  // No RE2 object exists before the module is loaded.
  return loaded !== null && re instanceof loaded;
}

/** The same pattern with other flags, on the same engine as `re`. */
export function withFlags(re: RegExp, flags: string): RegExp {
  return isLinearTime(re) ? new (RE2())(re.source, flags) : new RegExp(re.source, flags);
}

/** Compiles `source` on RE2 when `linear`, else on V8 (for patterns that crossed a thread). */
export function compileOn(linear: boolean, source: string, flags: string): RegExp {
  return linear ? new (RE2())(source, flags) : new RegExp(source, flags);
}
