// Values a scan found, shown as their previews wherever a text a report carries holds them: file
// and ref names, commit messages and identities.
import { redactSecret } from '@deployguard/detect';

/**
 * A function that shows each of `values` as its preview wherever a text holds it (a value inside
 * another is masked with the longer one), remembering the texts it has seen.
 */
export function valueMasker(values: Iterable<string>): (text: string) => string {
  const index = new ValueIndex(values);
  const masked = new Map<string, string>();
  return (text) => {
    let out = masked.get(text);
    if (out === undefined) {
      out = text;
      for (const value of index.valuesIn(text)) out = out.split(value).join(redactSecret(value));
      masked.set(text, out);
    }
    return out;
  };
}

// The values by their first characters: which of them a text holds, in time linear in the text (a
// scan can find thousands of values, and its findings name as many files).
class ValueIndex {
  private static readonly PREFIX = 4;
  private readonly byPrefix = new Map<string, string[]>();
  private readonly short: string[] = []; // values shorter than the prefix, tried one by one

  constructor(values: Iterable<string>) {
    for (const v of new Set(values)) {
      if (v.length < ValueIndex.PREFIX) {
        if (v.length > 0) this.short.push(v);
        continue;
      }
      const key = v.slice(0, ValueIndex.PREFIX);
      const list = this.byPrefix.get(key);
      if (list) list.push(v);
      else this.byPrefix.set(key, [v]);
    }
  }

  /** The values `text` holds, longest first. */
  valuesIn(text: string): string[] {
    const found = new Set<string>(this.short.filter((v) => text.includes(v)));
    for (let i = 0; i + ValueIndex.PREFIX <= text.length; i++)
      for (const v of this.byPrefix.get(text.slice(i, i + ValueIndex.PREFIX)) ?? [])
        if (text.startsWith(v, i)) found.add(v);
    return [...found].sort((a, b) => b.length - a.length);
  }
}
