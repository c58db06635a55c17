import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { makeTempDir, removeDir } from '../../../test/support/git-fixtures';
import { usableCores } from './usable-cores';

describe('usableCores', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('dg-cgroup-');
  });
  afterEach(() => removeDir(dir));
  const cores = availableParallelism();

  it('is the available cores without a cgroup quota', () => {
    expect(usableCores(join(dir, 'none'))).toBe(cores);
    writeFileSync(join(dir, 'cpu.max'), 'max 100000\n');
    expect(usableCores(dir)).toBe(cores);
  });

  it("follows a cgroup v2 quota (a container's CPU limit), rounded up, never above the cores", () => {
    writeFileSync(join(dir, 'cpu.max'), '50000 100000\n');
    expect(usableCores(dir)).toBe(1);
    writeFileSync(join(dir, 'cpu.max'), `${(cores + 4) * 100000} 100000\n`);
    expect(usableCores(dir)).toBe(cores);
  });

  it('follows a cgroup v1 quota, and ignores -1 (none)', () => {
    mkdirSync(join(dir, 'cpu'));
    writeFileSync(join(dir, 'cpu', 'cpu.cfs_period_us'), '100000\n');
    writeFileSync(join(dir, 'cpu', 'cpu.cfs_quota_us'), '100000\n');
    expect(usableCores(dir)).toBe(1);
    writeFileSync(join(dir, 'cpu', 'cpu.cfs_quota_us'), '-1\n');
    expect(usableCores(dir)).toBe(cores);
  });
});
