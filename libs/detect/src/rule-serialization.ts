// Rules cross into worker threads as plain data (RegExp objects cannot be cloned with their flags
// intact in every case), and are compiled again on the other side.
import type { Rule } from './rule.types';
import { compileOn, isLinearTime } from './user-regex';

interface SerializedRegex {
  source: string;
  flags: string;
  // User patterns run on RE2 and must stay there on the other side.
  linear?: boolean;
}

export type SerializedRule = Omit<Rule, 'pattern' | 'allow' | 'path' | 'lineFilter'> & {
  pattern: SerializedRegex;
  lineFilter?: SerializedRegex;
  allow?: SerializedRegex[];
  path?: SerializedRegex;
};

const toData = (re: RegExp): SerializedRegex => ({
  source: re.source,
  flags: re.flags,
  linear: isLinearTime(re),
});
const fromData = (re: SerializedRegex): RegExp => compileOn(re.linear === true, re.source, re.flags);

export function serializeRules(rules: readonly Rule[]): SerializedRule[] {
  return rules.map((r) => ({
    ...r,
    samples: { positive: [], negative: [] },
    pattern: toData(r.pattern),
    lineFilter: r.lineFilter && toData(r.lineFilter),
    allow: r.allow?.map(toData),
    path: r.path && toData(r.path),
  }));
}

export function deserializeRules(rules: readonly SerializedRule[]): Rule[] {
  return rules.map((r) => ({
    ...r,
    pattern: fromData(r.pattern),
    lineFilter: r.lineFilter && fromData(r.lineFilter),
    allow: r.allow?.map(fromData),
    path: r.path && fromData(r.path),
  }));
}

export function serializeRegexes(list: readonly RegExp[]): SerializedRegex[] {
  return list.map(toData);
}

export function deserializeRegexes(list: readonly SerializedRegex[]): RegExp[] {
  return list.map(fromData);
}
