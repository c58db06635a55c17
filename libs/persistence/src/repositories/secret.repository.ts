// Findings of a job. Inserting is idempotent on (job_id, fingerprint): a redelivered scan task
// re-inserts the same findings and the table still holds exactly one set.
import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  SecretFoundEntity,
  type SecretConfidence,
  type SecretSeverity,
} from '../entities/secret-found.entity';
import { isUuid, normalizePage, queryRows, type Page, type PageRequest } from './repository.util';

export interface NewSecret {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly secretType: string;
  readonly secretValuePreview: string;
  // secretHashOf(key, value): never the value itself
  readonly secretHash: string;
  readonly filePath: string | null;
  readonly location?: string; // default 'file'
  readonly ref?: string | null;
  readonly commitBoundary?: boolean;
  readonly line: number;
  readonly column?: number | null;
  readonly commitSha?: string | null;
  readonly author?: string | null;
  readonly commitDate?: Date | null;
  readonly severity: SecretSeverity;
  readonly confidence?: SecretConfidence; // default high
  readonly entropy?: number | null;
  readonly firstSeenJobId?: string | null;
  readonly isNew?: boolean;
}

export interface SelectionResult {
  // false when an id was unknown or in both lists: nothing was changed
  readonly applied: boolean;
  readonly unknownIds: string[];
  readonly conflictingIds: string[];
  readonly selected: number;
  readonly falsePositives: number;
}

const SECRET_HASH = /^[0-9a-f]{64}$/;
const COLUMNS = [
  'job_id',
  'fingerprint',
  'rule_id',
  'secret_type',
  'secret_value_preview',
  'secret_hash',
  'file_path',
  'line',
  '"column"',
  'commit_sha',
  'author',
  'commit_date',
  'severity',
  'confidence',
  'entropy',
  'first_seen_job_id',
  'is_new',
  'location',
  'ref',
  'commit_boundary',
];
// PostgreSQL takes at most 65535 parameters per statement
const ROWS_PER_INSERT = Math.floor(60_000 / COLUMNS.length);
export const MAX_PREVIEW_LENGTH = 32;

// The keyed hash stored in secrets_found.secret_hash (key: SECRET_HASH_KEY).
export function secretHashOf(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

// What secrets_found.fingerprint holds: HMAC-SHA256 (SECRET_HASH_KEY) of the scan fingerprint. The
// scan fingerprint hashes the value unkeyed, so a database reader could brute-force weak values
// from it; keyed, it is safe to store.
export function storedFingerprintOf(key: Buffer, scanFingerprint: string): string {
  return createHmac('sha256', key).update(`fingerprint:${scanFingerprint}`, 'utf8').digest('hex');
}

export class SecretRepository {
  constructor(private readonly manager: EntityManager) {}

  // Returns how many rows were new; findings already stored for this job are left as they are.
  async insertMany(jobId: string, secrets: readonly NewSecret[]): Promise<{ inserted: number }> {
    for (const s of secrets) {
      if (!SECRET_HASH.test(s.secretHash))
        throw new Error(`secret_hash of finding ${s.fingerprint} must be a lowercase HMAC-SHA256 hex digest`);
      if (s.secretValuePreview.length > MAX_PREVIEW_LENGTH)
        throw new Error(
          `secret_value_preview of finding ${s.fingerprint} is longer than ${MAX_PREVIEW_LENGTH} characters`,
        );
    }
    let inserted = 0;
    for (let start = 0; start < secrets.length; start += ROWS_PER_INSERT) {
      const chunk = secrets.slice(start, start + ROWS_PER_INSERT);
      const params: unknown[] = [];
      const tuples = chunk.map((s) => {
        const values = [
          jobId,
          s.fingerprint,
          s.ruleId,
          s.secretType,
          s.secretValuePreview,
          s.secretHash,
          s.filePath,
          s.line,
          s.column ?? null,
          s.commitSha ?? null,
          s.author ?? null,
          s.commitDate ?? null,
          s.severity,
          s.confidence ?? 'high',
          s.entropy ?? null,
          s.firstSeenJobId ?? null,
          s.isNew ?? true,
          s.location ?? 'file',
          s.ref ?? null,
          s.commitBoundary ?? false,
        ];
        const placeholders = values.map((v) => `$${params.push(v)}`);
        return `(${placeholders.join(', ')})`;
      });
      const rows = await queryRows(
        this.manager,
        `INSERT INTO secrets_found (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
         ON CONFLICT (job_id, fingerprint) DO NOTHING RETURNING id`,
        params,
      );
      inserted += rows.length;
    }
    return { inserted };
  }

  async listForJob(jobId: string, options: { onlySelected?: boolean } = {}): Promise<SecretFoundEntity[]> {
    if (!isUuid(jobId)) return [];
    return this.manager.find(SecretFoundEntity, {
      where: options.onlySelected ? { jobId, selectedForCleaning: true } : { jobId },
      order: { filePath: 'ASC', line: 'ASC', id: 'ASC' },
    });
  }

  async pageForJob(jobId: string, request: PageRequest = {}): Promise<Page<SecretFoundEntity>> {
    const { page, pageSize, offset } = normalizePage(request);
    if (!isUuid(jobId)) return { items: [], total: 0, page, pageSize };
    const [items, total] = await this.manager.findAndCount(SecretFoundEntity, {
      where: { jobId },
      order: { filePath: 'ASC', line: 'ASC', id: 'ASC' },
      skip: offset,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  // Replaces the job's selection and false-positive marks with the given lists. Touches only rows
  // of this job; ids of another job (or no job) are reported as unknown and nothing changes.
  async select(
    jobId: string,
    secretIds: readonly string[],
    falsePositiveIds: readonly string[] = [],
  ): Promise<SelectionResult> {
    const selected = [...new Set(secretIds)];
    const falsePositives = [...new Set(falsePositiveIds)];
    const conflictingIds = selected.filter((id) => falsePositives.includes(id));
    const requested = [...new Set([...selected, ...falsePositives])];
    return this.manager.transaction(async (tx) => {
      const wellFormed = requested.filter(isUuid);
      const found =
        isUuid(jobId) && wellFormed.length > 0
          ? await queryRows(
              tx,
              `SELECT id FROM secrets_found WHERE job_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE`,
              [jobId, wellFormed],
            )
          : [];
      const known = new Set(found.map((r) => String(r.id)));
      const unknownIds = requested.filter((id) => !known.has(id));
      if (unknownIds.length > 0 || conflictingIds.length > 0 || !isUuid(jobId)) {
        return { applied: false, unknownIds, conflictingIds, selected: 0, falsePositives: 0 };
      }
      await queryRows(
        tx,
        `UPDATE secrets_found SET selected_for_cleaning = (id = ANY($2::uuid[])), false_positive = (id = ANY($3::uuid[])) WHERE job_id = $1`,
        [jobId, selected, falsePositives],
      );
      return {
        applied: true,
        unknownIds: [],
        conflictingIds: [],
        selected: selected.length,
        falsePositives: falsePositives.length,
      };
    });
  }

  async countForJob(jobId: string): Promise<number> {
    if (!isUuid(jobId)) return 0;
    return this.manager.countBy(SecretFoundEntity, { jobId });
  }

  // For rescans: fingerprint → the earliest job of this registered repository that found it.
  async firstSeenJobIds(repositoryId: string, fingerprints: readonly string[]): Promise<Map<string, string>> {
    if (fingerprints.length === 0) return new Map();
    const rows = await queryRows(
      this.manager,
      `SELECT DISTINCT ON (s.fingerprint) s.fingerprint, coalesce(s.first_seen_job_id, s.job_id) AS first_seen_job_id
         FROM secrets_found s JOIN jobs j ON j.id = s.job_id
        WHERE j.repository_id = $1 AND s.fingerprint = ANY($2::text[])
        ORDER BY s.fingerprint, s.created_at ASC`,
      [repositoryId, fingerprints],
    );
    return new Map(rows.map((r) => [String(r.fingerprint), String(r.first_seen_job_id)]));
  }

  // Distinct findings of a registered repository over all its jobs (total_findings of a scan run).
  async countFingerprintsForRepository(repositoryId: string): Promise<number> {
    if (!isUuid(repositoryId)) return 0;
    const [row] = await queryRows(
      this.manager,
      `SELECT count(DISTINCT s.fingerprint)::int AS n FROM secrets_found s JOIN jobs j ON j.id = s.job_id WHERE j.repository_id = $1`,
      [repositoryId],
    );
    return Number(row.n);
  }
}
