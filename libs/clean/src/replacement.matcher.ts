// Finds and replaces the selected values in raw bytes. Blobs are not decoded: text is handled as
// latin1 (one char per byte) so any encoding, and invalid UTF-8, goes through byte for byte.
// Literals are looked for in the forms literal-forms.ts defines (whole tokens, key body lines);
// `regex:` expressions run on RE2, whose time is linear in the input whatever the pattern.
import RE2 from 're2';
import { isTokenBound, literalForms, standsAsToken } from './literal-forms';
import { AutomatonLiteralSearch } from './literal-automaton';
import { MIN_LITERAL_FOR_BLOCKS, MultiLiteralSearch } from './literal-search';
import { DEFAULT_REPLACEMENT, type Replacement } from './replacement.model';

// Above this many literal forms one automaton pass beats one Buffer.indexOf pass per form.
const INDEXOF_MAX_LITERALS = 4;
// Per replacement index: how many occurrences.
export type HitCounts = Map<number, number>;

export interface ApplyResult {
  data: Buffer;
  hits: HitCounts;
}

interface LiteralVariant {
  bytes: Buffer;
  index: number;
  replacement: Buffer;
  // Must stand as a whole token (see literal-forms.ts).
  token: boolean;
  // A window of a base64 form: the whole base64 run around it goes (see literal-forms.ts).
  expand: boolean;
}

interface RegexRule {
  regex: RegExp;
  index: number;
  template: string;
  // The template without its group references: a match holding it is the replacement itself.
  fixedText: string;
}

// A JS string whose chars are the UTF-8 bytes of `text`: what a latin1-decoded buffer holding it shows.
function asLatin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

// `$&`, `$1`…`$99`, `$<name>`, `$$` as in String.prototype.replace.
function expandTemplate(template: string, match: RegExpExecArray): string {
  if (!template.includes('$')) return template;
  return template.replace(/\$(\$|&|\d{1,2}|<[^>]*>)/g, (token, ref: string) => {
    if (ref === '$') return '$';
    if (ref === '&') return match[0];
    if (ref.startsWith('<')) return match.groups?.[ref.slice(1, -1)] ?? '';
    const group = Number(ref);
    return group < match.length ? (match[group] ?? '') : token;
  });
}

export interface MatcherOptions {
  // Only strong literals (no regex, no weak value): the matcher of path names. A path is renamed
  // only when it holds a secret itself; `admin` or a regex like `x*` must not rename `src/admin/`.
  pathNames?: boolean;
}

export class ReplacementMatcher {
  private readonly literals: LiteralVariant[] = [];
  private readonly regexRules: RegexRule[] = [];
  // One pass for all literal forms: the block search, or the automaton when a form is too short.
  private readonly multi: MultiLiteralSearch | AutomatonLiteralSearch | null = null;
  // Form text → the replacement indexes whose value has it (a value listed twice, a key in LF and
  // in CRLF, a key line shared by two values): searched once, hits counted for the first. Later
  // owners are recorded only for whole-value forms (see sharingFormsWith).
  private readonly byText = new Map<string, number[]>();

  constructor(
    replacements: readonly Replacement[],
    defaultReplacement: string = DEFAULT_REPLACEMENT,
    options: MatcherOptions = {},
  ) {
    replacements.forEach((r, index) => {
      const replacement = r.replacement ?? defaultReplacement;
      if (options.pathNames && (r.kind === 'regex' || isTokenBound(r.pattern))) return;
      if (r.kind === 'regex') {
        const template = asLatin1(replacement);
        this.regexRules.push({
          regex: new RE2(asLatin1(r.pattern), 'g'),
          index,
          template,
          fixedText: template.replace(/\$(\$|&|\d{1,2}|<[^>]*>)/g, ''),
        });
        return;
      }
      for (const form of literalForms(r.pattern)) {
        const text = asLatin1(form.text);
        const owners = this.byText.get(text);
        if (owners) {
          if (form.whole && !owners.includes(index)) owners.push(index);
          continue;
        }
        const variant = {
          bytes: Buffer.from(form.text, 'utf8'),
          index,
          replacement: Buffer.from(replacement, 'utf8'),
          token: form.token,
          expand: form.expand === true,
        };
        this.byText.set(text, [index]);
        this.literals.push(variant);
      }
    });
    // Longest first: at one position the longest value wins, so a value containing another goes whole.
    this.literals.sort((a, b) => b.bytes.length - a.bytes.length);
    if (this.literals.length > INDEXOF_MAX_LITERALS) {
      const bytes = this.literals.map((l) => l.bytes);
      this.multi = bytes.every((b) => b.length >= MIN_LITERAL_FOR_BLOCKS)
        ? new MultiLiteralSearch(bytes)
        : new AutomatonLiteralSearch(bytes);
    }
  }

  /**
   * Indexes of the replacements that share a searched form with replacement `index` (a key
   * selected twice, in LF and CRLF): a hit counted for one of them found the other's value too.
   */
  sharingFormsWith(index: number): number[] {
    const out = new Set<number>();
    for (const owners of this.byText.values())
      if (owners.length > 1 && owners.includes(index)) for (const o of owners) if (o !== index) out.add(o);
    return [...out];
  }

  get isEmpty(): boolean {
    return this.literals.length === 0 && this.regexRules.length === 0;
  }

  // Replaces every occurrence; null when nothing matched (the common case, no copy made).
  apply(data: Buffer): ApplyResult | null {
    const hits: HitCounts = new Map();
    const matches = this.literalMatches(data);
    let out = data;
    if (matches.length > 0) {
      const parts: Buffer[] = [];
      let pos = 0;
      for (const [start, end, variant] of matches) {
        parts.push(data.subarray(pos, start), variant.replacement);
        pos = end;
        hits.set(variant.index, (hits.get(variant.index) ?? 0) + 1);
      }
      parts.push(data.subarray(pos));
      out = Buffer.concat(parts);
    }
    if (this.regexRules.length > 0) {
      let text = out.toString('latin1', 0, out.length);
      let replaced = false;
      for (const rule of this.regexRules) {
        const count = countMatches(rule.regex, text);
        if (count === 0) continue;
        hits.set(rule.index, (hits.get(rule.index) ?? 0) + count);
        replaced = true;
        text = text.replace(rule.regex, (...args: unknown[]) => {
          // replace() callbacks get (match, ...groups, offset, input[, named groups]).
          const hasNamed = typeof args[args.length - 1] === 'object';
          const groupEnd = args.length - (hasNamed ? 3 : 2);
          const exec = Object.assign(args.slice(0, groupEnd) as string[], {
            groups: hasNamed ? (args[args.length - 1] as Record<string, string>) : undefined,
          }) as unknown as RegExpExecArray;
          return exec[0] === '' ? '' : expandTemplate(rule.template, exec);
        });
      }
      if (replaced) out = Buffer.from(text, 'latin1');
    }
    return hits.size > 0 ? { data: out, hits } : null;
  }

  /**
   * Which replacements occur in `data`, without replacing (binary blobs, verification).
   * With `leftoversOnly`, a regex match that holds its own replacement text (`token=***REMOVED***`
   * for `regex:token=.*`) is the result of the rewrite, not a leftover; a replacement without fixed
   * text (`==>$&`) never excuses a match.
   */
  find(data: Buffer, leftoversOnly = false): HitCounts {
    const hits: HitCounts = new Map();
    for (const [, , variant] of this.literalMatches(data))
      hits.set(variant.index, (hits.get(variant.index) ?? 0) + 1);
    if (this.regexRules.length > 0) {
      const text = data.toString('latin1', 0, data.length);
      for (const rule of this.regexRules) {
        const excuse = leftoversOnly && rule.fixedText !== '' ? rule.fixedText : null;
        const count = countMatches(rule.regex, text, excuse);
        if (count > 0) hits.set(rule.index, (hits.get(rule.index) ?? 0) + count);
      }
    }
    return hits;
  }

  // Non-overlapping literal matches [start, end, variant] in position order, longest first where
  // several start together; a window of a base64 form spans its whole base64 run.
  private literalMatches(data: Buffer): [number, number, LiteralVariant][] {
    const found: [number, LiteralVariant][] = [];
    if (this.literals.length === 0) return [];
    if (this.multi) {
      // Already in start order, longest first at equal starts.
      for (const [start, index] of this.multi.findAll(data)) found.push([start, this.literals[index]]);
    } else {
      for (const variant of this.literals) {
        let at = data.indexOf(variant.bytes);
        while (at !== -1) {
          found.push([at, variant]);
          at = data.indexOf(variant.bytes, at + 1);
        }
      }
      // Stable sort keeps longest-first order among equal starts (literals are sorted by length).
      if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
    }
    const kept: [number, number, LiteralVariant][] = [];
    let end = 0;
    for (const [start, variant] of found) {
      if (start < end) continue;
      let from = start;
      let to = start + variant.bytes.length;
      if (variant.token && !standsAsToken(data, from, to)) continue;
      if (variant.expand) [from, to] = base64Run(data, from, to, end);
      kept.push([from, to, variant]);
      end = to;
    }
    return kept;
  }
}

// The run of base64 characters (either alphabet) around data[start, end), on one line, with its
// `=` padding, not reaching back before `floor` (the end of the previous match). `=` stops the
// run on the left (`key=<base64>` keeps `key=`), and so does an escape (`\n<base64>` in a JSON
// string keeps its `\n`).
function base64Run(data: Buffer, start: number, end: number, floor: number): [number, number] {
  while (start > floor && isBase64Byte(data[start - 1]) && !(start >= 2 && data[start - 2] === 0x5c)) start--;
  while (end < data.length && isBase64Byte(data[end])) end++;
  for (let pad = 0; pad < 2 && data[end] === 0x3d; pad++) end++;
  return [start, end];
}

function isBase64Byte(b: number): boolean {
  return (
    (b >= 0x30 && b <= 0x39) || // 0-9
    (b >= 0x41 && b <= 0x5a) || // A-Z
    (b >= 0x61 && b <= 0x7a) || // a-z
    b === 0x2b ||
    b === 0x2f ||
    b === 0x3d ||
    b === 0x2d ||
    b === 0x5f // + / = - _
  );
}

// Non-empty matches, leaving out those that contain `excuse` (see find()).
function countMatches(regex: RegExp, text: string, excuse: string | null = null): number {
  let count = 0;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    if (m[0].length === 0) regex.lastIndex++;
    else if (excuse === null || !m[0].includes(excuse)) count++;
  }
  return count;
}
