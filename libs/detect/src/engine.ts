// The detection engine without the built-in rules: what a scanning worker thread loads. It gets
// its rules as data (rule-serialization) and the keyword tables in shared memory, so loading and
// building the built-in rules again in every thread (most of a worker's start-up) is not needed.
// `@deployguard/detect` is this plus the built-in rules, config loading and the other helpers.
export * from './rule.types';
export * from './detector';
export * from './confidence';
export * from './rule-serialization';
export type { KeywordTables } from './keyword-matcher';
