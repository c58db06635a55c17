// How many cores this process may keep busy: the cores it may run on (os.availableParallelism, the
// CPU affinity), or fewer under a cgroup CPU quota — a container's CPU limit, which Node 20 does
// not see: a worker pod limited to 2 CPUs on a 16-core node started 16 scanning threads.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/** At least 1. `cgroupRoot`: where the cgroup file system is mounted (for tests). */
export function usableCores(cgroupRoot = '/sys/fs/cgroup'): number {
  const cores = availableParallelism();
  const quota = cpuQuota(cgroupRoot);
  return quota === null ? cores : Math.max(1, Math.min(cores, Math.ceil(quota)));
}

// The CPU quota in cores (quota / period), or null when there is none: cgroup v2's `cpu.max`
// ("max 100000", or "200000 100000" for 2 cores), else cgroup v1's cpu.cfs_quota_us (-1: none).
function cpuQuota(root: string): number | null {
  const v2 = readText(join(root, 'cpu.max'));
  if (v2 !== null) {
    const [quota, period] = v2.split(/\s+/);
    return quota === 'max' ? null : ratio(quota, period);
  }
  return ratio(
    readText(join(root, 'cpu', 'cpu.cfs_quota_us')),
    readText(join(root, 'cpu', 'cpu.cfs_period_us')),
  );
}

function ratio(quota: string | null | undefined, period: string | null | undefined): number | null {
  const q = Number(quota);
  const p = Number(period);
  return quota && period && q > 0 && p > 0 ? q / p : null;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}
