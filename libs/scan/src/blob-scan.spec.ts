import { join } from 'node:path';
import { Detector, defaultRules } from '@deployguard/detect';
import { commitFiles, git, initRepo, makeTempDir, removeDir } from '../../../test/support/git-fixtures';
import { BlobScan } from './blob-scan';
import { ScanPool } from './scan-pool';

describe('BlobScan', () => {
  let dir: string;
  let repo: string;

  beforeAll(() => {
    dir = makeTempDir('dg-blob-scan-');
    repo = initRepo(join(dir, 'r'));
    const files: Record<string, string> = {
      'secret.env': `GITHUB_TOKEN=ghp_${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'}\n`,
      'image.png': '\u0000PNG binary',
    };
    // Clean blobs, enough (a few megabytes) for the pool to scan with the walk ahead too.
    for (let i = 0; i < 60; i++)
      files[`notes/${i}.md`] = `# note ${i}\n${'plain words and a token word\n'.repeat(3000)}`;
    commitFiles(repo, files, 'files');
  });
  afterAll(() => removeDir(dir));

  it('keeps the verdicts of binary blobs and of blobs with findings only, and counts every blob scanned', async () => {
    const detector = new Detector(defaultRules);
    const scan = new BlobScan(
      (onVerdict) =>
        new ScanPool(
          { rules: defaultRules, allowRegexes: [], stopwords: [], threads: 0 },
          detector,
          onVerdict,
        ),
      1024 * 1024,
    );
    expect(await scan.readAll(repo)).toBe(true);
    await scan.drain();
    await scan.close();
    const id = (path: string) => git(repo, ['rev-parse', `HEAD:${path}`]).trim();
    expect([...scan.verdicts.keys()].sort()).toEqual([id('image.png'), id('secret.env')].sort());
    expect(scan.verdicts.get(id('image.png'))).toEqual({ binary: true, findings: [] });
    expect(scan.verdicts.get(id('secret.env'))!.findings.map((f) => f.ruleId)).toContain('github-pat');
    const all = git(repo, ['ls-tree', '-r', '--format=%(objectname)', 'HEAD']).trim().split('\n');
    expect(scan.scanned(all).blobs).toBe(62);
  });
});
