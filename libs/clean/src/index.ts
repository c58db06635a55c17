export * from './replacement.model';
export * from './replacement.parser';
export { ReplacementMatcher } from './replacement.matcher';
export * from './clean.errors';
export * from './clean.report';
export { rewriteHistory, type RewriteHistoryOptions, type RewriteHistoryResult } from './history-rewrite';
export {
  cleanRepository,
  type CleanRepositoryOptions,
  type CleanPhase,
  type CleanResult,
  type VerifyHook,
} from './clean-repository';
export { findRemainingValues, fsckErrors } from './literal.verifier';
export { writeCommitMap, writeRefMap } from './commit-map.writer';
export { BACKUP_REF_PREFIX, BACKUP_REF_GLOB } from './repository.util';
