// Where the incremental-scan state of a registered repository lives:
// scan-state/{repository_id}/state.json. Not under repos/{job_id}/: that area lives and dies with
// a job, this one with the repository, so neither job expiry nor the clean-up of job areas can
// delete it by mistake.
import { assertJobId } from './storage-keys';

export const SCAN_STATE_AREA = 'scan-state/';

export const scanStatePrefix = (repositoryId: string): string =>
  `${SCAN_STATE_AREA}${assertJobId(repositoryId)}/`;

export const scanStateKey = (repositoryId: string): string => `${scanStatePrefix(repositoryId)}state.json`;
