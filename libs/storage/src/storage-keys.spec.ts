import {
  assertKey,
  assertPrefix,
  cleanedKey,
  InvalidStorageKeyError,
  jobPrefixes,
  repoKey,
  reportKey,
} from './storage-keys';

const JOB = '3f1c7c2e-9a4b-4c1d-8e2f-0123456789ab';

describe('storage keys', () => {
  it('builds keys under the job prefix of each area', () => {
    expect(repoKey(JOB, 'source.bundle')).toBe(`repos/${JOB}/source.bundle`);
    expect(reportKey(JOB, 'sarif/report.json')).toBe(`reports/${JOB}/sarif/report.json`);
    expect(cleanedKey(JOB.toUpperCase(), 'repo.zip')).toBe(`cleaned/${JOB}/repo.zip`);
    expect(jobPrefixes(JOB)).toEqual([`repos/${JOB}/`, `reports/${JOB}/`, `cleaned/${JOB}/`]);
  });

  it.each(['', 'abc', '../x', `${JOB}/..`, `${JOB}x`, 'not-a-uuid-at-all-0000000000000000'])(
    'rejects job id %p',
    (jobId) => {
      expect(() => repoKey(jobId, 'a')).toThrow(InvalidStorageKeyError);
    },
  );

  it.each([
    '',
    '..',
    '../other',
    'a/../../b',
    '/abs',
    'a//b',
    '.hidden',
    'a/./b',
    'sp ace',
    'a\\b',
    'x'.repeat(201),
  ])('rejects object name %p', (name) => {
    expect(() => reportKey(JOB, name)).toThrow(InvalidStorageKeyError);
  });

  it('accepts plain keys and "/"-terminated prefixes only', () => {
    expect(assertKey('reports/x/y.json')).toBe('reports/x/y.json');
    expect(() => assertKey('reports/../y')).toThrow(InvalidStorageKeyError);
    expect(() => assertKey('/reports/y')).toThrow(InvalidStorageKeyError);
    expect(assertPrefix(`repos/${JOB}/`)).toBe(`repos/${JOB}/`);
    expect(() => assertPrefix('')).toThrow(InvalidStorageKeyError);
    expect(() => assertPrefix('/')).toThrow(InvalidStorageKeyError);
    expect(() => assertPrefix(`repos/${JOB}`)).toThrow(InvalidStorageKeyError);
  });
});
