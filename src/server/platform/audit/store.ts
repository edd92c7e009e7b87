import { and, desc, eq, gt, gte, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { likePattern } from '../db/like.js';
import { auditLog } from './tables.js';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

// One lock for the whole chain: appends are serialised so each entry links to the one before.
const CHAIN_LOCK = 727_002;

export async function lockChain(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
}

export async function findLastHash(tx: Db): Promise<string | null> {
  const [row] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.hash ?? null;
}

export async function insertAuditRow(tx: Db, row: NewAuditRow): Promise<void> {
  await tx.insert(auditLog).values(row);
}

export function listAuditPage(db: Db, afterId: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(auditLog.id).limit(limit);
}

export interface AuditFilter {
  jurisdictionCodes: string[];
  /** Also entries that belong to no jurisdiction (system entries): for city-wide auditors. */
  includeUnassigned: boolean;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filter.includeUnassigned
      ? or(inArray(auditLog.jurisdictionCode, filter.jurisdictionCodes), isNull(auditLog.jurisdictionCode))
      : inArray(auditLog.jurisdictionCode, filter.jurisdictionCodes),
    filter.actor
      ? or(
          ilike(auditLog.actorName, likePattern(filter.actor)),
          sql`${auditLog.actorId}::text = ${filter.actor}`,
        )
      : undefined,
    filter.action ? ilike(auditLog.action, likePattern(filter.action, 'prefix')) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  ];
  return and(...conditions.filter(Boolean));
}

export async function searchAudit(db: Db, filter: AuditFilter, page: number, pageSize: number) {
  const where = whereOf(filter);
  const items = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where);
  return { items, total: count?.total ?? 0 };
}
