export * from './scan.types';
export { scanRepository } from './repository-scan';
export { TOOL_VERSION } from './tool-version';
export type { CommitInfo } from './finding.factory';
