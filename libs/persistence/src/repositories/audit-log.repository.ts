// Audit rows for every state-changing request and every task transition. Details are for
// context (ids, counts, statuses), never for secret values or credentials.
import type { EntityManager } from 'typeorm';
import { AuditLogEntity } from '../entities/audit-log.entity';
import { normalizePage, type Page, type PageRequest } from './repository.util';

export interface AuditRecord {
  readonly userId: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId?: string | null;
  readonly ip?: string | null;
  readonly details?: Record<string, unknown>;
}

// Keys that would only ever hold a secret; refusing them catches a careless details object early.
const FORBIDDEN_DETAIL_KEYS = new Set([
  'password',
  'token',
  'secret',
  'secret_value',
  'secretvalue',
  'credentials',
  'authorization',
  'api_key',
  'apikey',
  'access_token',
  'private_key',
]);

function assertNoSecretKeys(value: unknown, path: string): void {
  if (Array.isArray(value)) value.forEach((v, i) => assertNoSecretKeys(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (FORBIDDEN_DETAIL_KEYS.has(key.toLowerCase()))
        throw new Error(`audit details must not contain secrets (key ${path}.${key})`);
      assertNoSecretKeys(child, `${path}.${key}`);
    }
  }
}

export class AuditLogRepository {
  constructor(private readonly manager: EntityManager) {}

  async record(entry: AuditRecord): Promise<AuditLogEntity> {
    const details = entry.details ?? {};
    assertNoSecretKeys(details, 'details');
    const row = this.manager.create(AuditLogEntity, {
      userId: entry.userId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      ip: entry.ip ? entry.ip.slice(0, 64) : null,
      details,
    });
    return this.manager.save(AuditLogEntity, row);
  }

  async listForUser(
    userId: string,
    request: PageRequest & { targetId?: string } = {},
  ): Promise<Page<AuditLogEntity>> {
    const { page, pageSize, offset } = normalizePage(request);
    const [items, total] = await this.manager.findAndCount(AuditLogEntity, {
      where: request.targetId ? { userId, targetId: request.targetId } : { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  // Retention (AUDIT_LOG_RETENTION_DAYS): returns how many rows were deleted.
  async deleteOlderThan(cutoff: Date): Promise<number> {
    const result = await this.manager
      .createQueryBuilder()
      .delete()
      .from(AuditLogEntity)
      .where('created_at < :cutoff', { cutoff })
      .execute();
    return result.affected ?? 0;
  }
}
