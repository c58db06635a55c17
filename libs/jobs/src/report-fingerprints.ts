// The scan fingerprints of a job's secrets: the CLI's scheme, as in the downloadable report, so a
// client can use them with `--baseline` and `clean --secret-id`. The database keeps only keyed
// fingerprints (storedFingerprintOf); the job's report.json in storage has the scan fingerprints,
// and keying each of them finds the one of every row. A report does not change once written, so
// the last few are kept in memory.
import { storedFingerprintOf, type JobEntity } from '@deployguard/persistence';
import type { ObjectStorage } from '@deployguard/storage';

// keyed fingerprint → scan fingerprint
export type FingerprintIndex = ReadonlyMap<string, string>;

const EMPTY: FingerprintIndex = new Map();

export class ReportFingerprints {
  private readonly cache = new Map<string, FingerprintIndex>();

  constructor(
    private readonly storage: Pick<ObjectStorage, 'getBuffer'>,
    private readonly hashKey: Buffer,
    private readonly maxCached = 16,
  ) {}

  /**
   * The index of `job`'s report; empty while there is none to read (scan not finished, storage
   * unavailable): the secrets then show a null fingerprint rather than failing the request.
   */
  async of(job: Pick<JobEntity, 'id' | 'reportKey'>): Promise<FingerprintIndex> {
    if (!job.reportKey) return EMPTY;
    const cached = this.cache.get(job.id);
    if (cached) return cached;
    let findings: { fingerprint?: unknown }[];
    try {
      findings =
        (
          JSON.parse((await this.storage.getBuffer(job.reportKey)).toString('utf8')) as {
            findings?: { fingerprint?: unknown }[];
          }
        ).findings ?? [];
    } catch {
      return EMPTY;
    }
    const index = new Map<string, string>();
    for (const { fingerprint } of findings)
      if (typeof fingerprint === 'string')
        index.set(storedFingerprintOf(this.hashKey, fingerprint), fingerprint);
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(job.id, index);
    return index;
  }
}
