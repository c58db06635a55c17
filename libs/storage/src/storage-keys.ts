// Object keys of a job: repos/{job_id}/…, reports/{job_id}/…, cleaned/{job_id}/…. The job id must
// be a uuid and the name plain path segments, so no key can escape its job's prefix.

export type StorageArea = 'repos' | 'reports' | 'cleaned';
export const STORAGE_AREAS: readonly StorageArea[] = ['repos', 'reports', 'cleaned'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export class InvalidStorageKeyError extends Error {
  override readonly name = 'InvalidStorageKeyError';
}

export function assertJobId(jobId: string): string {
  if (typeof jobId !== 'string' || !UUID.test(jobId)) {
    throw new InvalidStorageKeyError('job id: expected a uuid such as 3f1c…-…');
  }
  return jobId.toLowerCase();
}

// "bundle.git", "sarif/report.json": segments of letters, digits, ".", "_" and "-" that do not
// start with "." (so no "." or ".." segment), at most 8 levels.
export function assertObjectName(name: string): string {
  const segments = typeof name === 'string' ? name.split('/') : [];
  if (segments.length === 0 || segments.length > 8 || !segments.every((s) => SEGMENT.test(s))) {
    throw new InvalidStorageKeyError(
      'object name: expected path segments of letters, digits, ".", "_" or "-" not starting with "."',
    );
  }
  return name;
}

export function jobPrefix(area: StorageArea, jobId: string): string {
  return `${area}/${assertJobId(jobId)}/`;
}

export function jobPrefixes(jobId: string): string[] {
  return STORAGE_AREAS.map((area) => jobPrefix(area, jobId));
}

export const repoKey = (jobId: string, name: string): string =>
  jobPrefix('repos', jobId) + assertObjectName(name);
export const reportKey = (jobId: string, name: string): string =>
  jobPrefix('reports', jobId) + assertObjectName(name);
export const cleanedKey = (jobId: string, name: string): string =>
  jobPrefix('cleaned', jobId) + assertObjectName(name);

// Any key handed to the repository: relative, no empty, "." or ".." segment.
export function assertKey(key: string): string {
  const segments = typeof key === 'string' ? key.split('/') : [];
  if (!key || key.length > 1024 || segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw new InvalidStorageKeyError(
      'object key: expected a relative key without empty, "." or ".." segments',
    );
  }
  return key;
}

// A prefix for listing or deleting: like a key, but must end with "/" so "repos/a" cannot also
// match "repos/ab…".
export function assertPrefix(prefix: string): string {
  if (typeof prefix !== 'string' || !prefix.endsWith('/')) {
    throw new InvalidStorageKeyError('prefix: expected a non-empty prefix ending with "/"');
  }
  assertKey(prefix.slice(0, -1));
  return prefix;
}
