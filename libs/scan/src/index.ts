export * from './scan.types';
export { apparentRepository, scanRepository } from './repository-scan';
export { TOOL_VERSION } from './tool-version';
export type { CommitInfo } from './finding.factory';
export { scanStaged, type StagedScanOptions } from './staged-scan';
export { resolveCommitRange, scanCommitRange, type CommitRange } from './commit-range';
export { linkNotReadNotice, readGitFiles, type GitFiles } from './git-files';
export { valueMasker } from './value-masker';
