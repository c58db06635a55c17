// Registered repositories (SPEC §7): owned by one user, rescanned on a cron or interval schedule.
import type { EntityManager } from 'typeorm';
import { RepositoryRegistrationEntity } from '../entities/repository-registration.entity';
import { QuotaExceededError } from '../persistence.errors';
import {
  assertScrubbedUrl,
  isUuid,
  normalizePage,
  queryRows,
  toEntity,
  type Page,
  type PageRequest,
} from './repository.util';

export interface RegisterRepositoryInput {
  readonly userId: string;
  readonly url: string;
  readonly branch?: string | null;
  readonly credentialsId?: string | null;
  readonly scheduleCron?: string | null;
  readonly scheduleIntervalS?: number | null;
  readonly webhookUrl?: string | null;
  readonly enabled?: boolean;
  readonly nextScanAt?: Date | null;
}

export type RepositoryRegistrationUpdate = Partial<Omit<RegisterRepositoryInput, 'userId'>>;

export interface ScanRecorded {
  readonly scanRunId: string;
  readonly lastScanAt: Date;
  readonly nextScanAt: Date | null;
  readonly seenObjectsKey?: string | null;
}

const COLUMN_OF: Record<keyof RepositoryRegistrationUpdate, string> = {
  url: 'url',
  branch: 'branch',
  credentialsId: 'credentials_id',
  scheduleCron: 'schedule_cron',
  scheduleIntervalS: 'schedule_interval_s',
  webhookUrl: 'webhook_url',
  enabled: 'enabled',
  nextScanAt: 'next_scan_at',
};

export class RepositoryRegistrationRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * `maxForUser` > 0: throws QuotaExceededError when the user already has that many repositories;
   * the count and the insert run under a per-user advisory lock, so replicas cannot overshoot.
   */
  async create(input: RegisterRepositoryInput, maxForUser = 0): Promise<RepositoryRegistrationEntity> {
    if (maxForUser <= 0) return this.insert(input);
    return this.manager.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(2, hashtext($1))`, [input.userId]);
      const [row] = await queryRows(tx, `SELECT count(*)::int AS n FROM repositories WHERE user_id = $1`, [
        input.userId,
      ]);
      if (Number(row.n) >= maxForUser) throw new QuotaExceededError('repositories', maxForUser);
      return new RepositoryRegistrationRepository(tx).insert(input);
    });
  }

  private async insert(input: RegisterRepositoryInput): Promise<RepositoryRegistrationEntity> {
    assertScrubbedUrl('url', input.url);
    assertScrubbedUrl('webhook_url', input.webhookUrl);
    const row = this.manager.create(RepositoryRegistrationEntity, {
      userId: input.userId,
      url: input.url,
      branch: input.branch ?? null,
      credentialsId: input.credentialsId ?? null,
      scheduleCron: input.scheduleCron ?? null,
      scheduleIntervalS: input.scheduleIntervalS ?? null,
      webhookUrl: input.webhookUrl ?? null,
      enabled: input.enabled ?? true,
      nextScanAt: input.nextScanAt ?? null,
    });
    const saved = await this.manager.save(RepositoryRegistrationEntity, row);
    return this.manager.findOneByOrFail(RepositoryRegistrationEntity, { id: saved.id });
  }

  async findById(id: string): Promise<RepositoryRegistrationEntity | null> {
    return isUuid(id) ? this.manager.findOneBy(RepositoryRegistrationEntity, { id }) : null;
  }

  async findForUser(id: string, userId: string): Promise<RepositoryRegistrationEntity | null> {
    return isUuid(id) ? this.manager.findOneBy(RepositoryRegistrationEntity, { id, userId }) : null;
  }

  async listForUser(userId: string, request: PageRequest = {}): Promise<Page<RepositoryRegistrationEntity>> {
    const { page, pageSize, offset } = normalizePage(request);
    const [items, total] = await this.manager.findAndCount(RepositoryRegistrationEntity, {
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  // Null when the repository is not the user's.
  async updateForUser(
    id: string,
    userId: string,
    patch: RepositoryRegistrationUpdate,
  ): Promise<RepositoryRegistrationEntity | null> {
    if (!isUuid(id)) return null;
    assertScrubbedUrl('url', patch.url);
    assertScrubbedUrl('webhook_url', patch.webhookUrl);
    const keys = (Object.keys(patch) as (keyof RepositoryRegistrationUpdate)[]).filter(
      (k) => patch[k] !== undefined && COLUMN_OF[k],
    );
    const sets = keys.map((k, i) => `${COLUMN_OF[k]} = $${i + 3}`);
    const [row] = await queryRows(
      this.manager,
      `UPDATE repositories SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1 AND user_id = $2 RETURNING *`,
      [id, userId, ...keys.map((k) => patch[k])],
    );
    return row ? toEntity(this.manager, RepositoryRegistrationEntity, row) : null;
  }

  async deleteForUser(id: string, userId: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const result = await this.manager.delete(RepositoryRegistrationEntity, { id, userId });
    return (result.affected ?? 0) > 0;
  }

  // Enabled repositories whose next scan is due, oldest first.
  async findDue(now: Date, limit = 100): Promise<RepositoryRegistrationEntity[]> {
    return this.manager
      .createQueryBuilder(RepositoryRegistrationEntity, 'r')
      .where('r.enabled = true')
      .andWhere('r.next_scan_at <= :now', { now })
      .orderBy('r.next_scan_at', 'ASC')
      .take(limit)
      .getMany();
  }

  async listEnabled(limit = 10_000): Promise<RepositoryRegistrationEntity[]> {
    return this.manager.find(RepositoryRegistrationEntity, {
      where: { enabled: true },
      order: { createdAt: 'ASC' },
      take: limit,
    });
  }

  async setNextScanAt(id: string, nextScanAt: Date | null): Promise<void> {
    await this.manager.update(RepositoryRegistrationEntity, { id }, { nextScanAt });
  }

  async recordScan(id: string, scan: ScanRecorded): Promise<void> {
    await this.manager.update(
      RepositoryRegistrationEntity,
      { id },
      {
        lastScanRunId: scan.scanRunId,
        lastScanAt: scan.lastScanAt,
        nextScanAt: scan.nextScanAt,
        ...(scan.seenObjectsKey !== undefined ? { seenObjectsKey: scan.seenObjectsKey } : {}),
      },
    );
  }
}
