// Small helpers shared by the repositories: raw rows to entities, pagination, id checks.
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { UnscrubbedUrlError } from '../persistence.errors';

export interface PageRequest {
  readonly page?: number;
  readonly pageSize?: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function normalizePage(request: PageRequest = {}): { page: number; pageSize: number; offset: number } {
  const page = Number.isSafeInteger(request.page) && request.page! >= 1 ? request.page! : 1;
  const size =
    Number.isSafeInteger(request.pageSize) && request.pageSize! >= 1 ? request.pageSize! : DEFAULT_PAGE_SIZE;
  const pageSize = Math.min(size, MAX_PAGE_SIZE);
  return { page, pageSize, offset: (page - 1) * pageSize };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A malformed id can match no row; checking here keeps PostgreSQL from raising (and the API from a 500).
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function assertScrubbedUrl(field: string, url: string | null | undefined): void {
  if (url && /^https?:\/\/[^/]*@/i.test(url)) throw new UnscrubbedUrlError(field);
}

// manager.query() answers UPDATE/DELETE with [rows, count] and everything else with rows.
export async function queryRows(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  const result: unknown = await manager.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as Record<string, unknown>[];
  }
  return result as Record<string, unknown>[];
}

// Raw snake_case rows (from RETURNING *) to entity instances; pg already converts the values.
export function toEntity<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  raw: Record<string, unknown>,
): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.databaseName in raw)
      (entity as Record<string, unknown>)[column.propertyName] = raw[column.databaseName];
  }
  return entity;
}

export function truncate(text: string | null | undefined, max = 2000): string | null {
  if (text === null || text === undefined) return null;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
