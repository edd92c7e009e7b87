import { and, asc, count, desc, eq, getTableColumns, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { likePattern } from '../../platform/db/like.js';
import { screeningWarnings, type WarningStatus } from './tables.js';

export type WarningRow = typeof screeningWarnings.$inferSelect;
export type NewWarning = typeof screeningWarnings.$inferInsert;

export interface WarningFilter {
  /** The districts to look in: the actor's scope, narrowed by the district filter. */
  districtCodes: string[];
  institutionId?: string;
  rules?: string[];
  severity?: 'high' | 'medium' | 'low';
  status?: WarningStatus;
  batchId?: string;
  clueId?: string;
  from?: string;
  to?: string;
  q?: string;
}

export type WarningSort = '-serviceDate' | 'serviceDate' | 'severity' | '-createdAt';

const w = screeningWarnings;
const param = (values: readonly string[]) => sql.param([...values]);

function where(f: WarningFilter): SQL | undefined {
  const q = f.q?.trim();
  return and(
    sql`${w.districtCode} = any(${param(f.districtCodes)})`,
    f.institutionId ? eq(w.institutionId, f.institutionId) : undefined,
    f.rules?.length ? sql`${w.ruleCode} = any(${param(f.rules)})` : undefined,
    f.severity ? eq(w.severity, f.severity) : undefined,
    f.status ? eq(w.status, f.status) : undefined,
    f.batchId ? eq(w.batchId, f.batchId) : undefined,
    f.clueId ? eq(w.clueId, f.clueId) : undefined,
    f.from ? sql`${w.serviceDate} >= ${f.from}` : undefined,
    f.to ? sql`${w.serviceDate} <= ${f.to}` : undefined,
    q
      ? or(
          ilike(w.institutionId, likePattern(q, 'prefix')),
          ilike(w.institutionName, likePattern(q)),
          ilike(w.recordId, likePattern(q, 'prefix')),
          ilike(w.practitionerId, likePattern(q, 'prefix')),
          ilike(w.practitionerName, likePattern(q)),
        )
      : undefined,
  );
}

const SEVERITY_ORDER = sql`case ${w.severity} when 'high' then 0 when 'medium' then 1 else 2 end`;
const ORDER: Record<WarningSort, SQL[]> = {
  '-serviceDate': [desc(w.serviceDate), asc(w.ruleCode), asc(w.ref)],
  serviceDate: [asc(w.serviceDate), asc(w.ruleCode), asc(w.ref)],
  severity: [SEVERITY_ORDER, desc(w.serviceDate), asc(w.ref)],
  '-createdAt': [desc(w.createdAt), asc(w.ruleCode), asc(w.ref)],
};

// The evidence stays out of lists: it is read one warning at a time.
const { evidence: _evidence, ...listColumns } = getTableColumns(w);
export type WarningListRow = Omit<WarningRow, 'evidence'>;

export async function listWarnings(
  db: Db,
  filter: WarningFilter,
  sort: WarningSort,
  page: number,
  pageSize: number,
) {
  const condition = where(filter);
  const items: WarningListRow[] = await db
    .select(listColumns)
    .from(w)
    .where(condition)
    .orderBy(...ORDER[sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(w).where(condition);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findWarning(db: Db, id: string, districtCodes: string[]) {
  const [row] = await db
    .select()
    .from(w)
    .where(and(eq(w.id, id), sql`${w.districtCode} = any(${param(districtCodes)})`));
  return row ?? null;
}

/** The warnings among `ids` in scope, locked for the change that follows. */
export function warningsForUpdate(tx: Db, ids: string[], districtCodes: string[]) {
  return tx
    .select({
      id: w.id,
      status: w.status,
      districtCode: w.districtCode,
      institutionId: w.institutionId,
      institutionName: w.institutionName,
    })
    .from(w)
    .where(
      and(
        sql`${w.id} = any(${sql.param(ids)}::uuid[])`,
        sql`${w.districtCode} = any(${param(districtCodes)})`,
      ),
    )
    .for('update');
}

export async function dismissWarnings(tx: Db, ids: string[], reason: string, by: string, at: Date) {
  await tx
    .update(w)
    .set({ status: 'dismissed', dismissalReason: reason, dismissedBy: by, dismissedAt: at })
    .where(sql`${w.id} = any(${sql.param(ids)}::uuid[])`);
}

export async function attachToClue(tx: Db, ids: string[], clueId: string) {
  await tx
    .update(w)
    .set({ status: 'clued', clueId })
    .where(sql`${w.id} = any(${sql.param(ids)}::uuid[])`);
}

/** Inserts new warnings; a (rule, subject) already warned of is left as it is. Returns how many were new. */
export async function insertWarnings(tx: Db, rows: NewWarning[]): Promise<number> {
  let inserted = 0;
  for (let at = 0; at < rows.length; at += 1000) {
    const done = await tx
      .insert(w)
      .values(rows.slice(at, at + 1000))
      .onConflictDoNothing({ target: [w.ruleCode, w.subjectKey] })
      .returning({ id: w.id });
    inserted += done.length;
  }
  return inserted;
}

/** R10 warnings: new ones inserted; open ones of the same group get the new totals. */
export async function upsertVolumeWarnings(tx: Db, rows: NewWarning[]): Promise<number> {
  let inserted = 0;
  for (const row of rows) {
    const done = await tx
      .insert(w)
      .values(row)
      .onConflictDoUpdate({
        target: [w.ruleCode, w.subjectKey],
        set: { evidence: row.evidence, batchId: row.batchId },
        setWhere: eq(w.status, 'open'),
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    if (done[0]?.inserted) inserted += 1;
  }
  return inserted;
}

/** Counts for the dashboard: by rule, by district, and by week (Monday) and severity. */
export function countByRule(db: Db, filter: WarningFilter) {
  return db
    .select({
      ruleCode: w.ruleCode,
      total: count(),
      open: sql<number>`count(*) filter (where ${w.status} = 'open')`.mapWith(Number),
    })
    .from(w)
    .where(where(filter))
    .groupBy(w.ruleCode);
}

export function countByDistrict(db: Db, filter: WarningFilter) {
  return db
    .select({
      districtCode: w.districtCode,
      total: count(),
      open: sql<number>`count(*) filter (where ${w.status} = 'open')`.mapWith(Number),
    })
    .from(w)
    .where(where(filter))
    .groupBy(w.districtCode);
}

export function countByWeek(db: Db, filter: WarningFilter) {
  const week = sql<string>`to_char(date_trunc('week', ${w.serviceDate}::timestamp), 'YYYY-MM-DD')`;
  return db
    .select({ week, severity: w.severity, total: count() })
    .from(w)
    .where(where(filter))
    .groupBy(week, w.severity);
}

export function countByStatus(db: Db, filter: WarningFilter) {
  return db.select({ status: w.status, total: count() }).from(w).where(where(filter)).groupBy(w.status);
}

/** The latest service date of the warnings in these districts (null without any). */
export async function latestServiceDate(db: Db, districtCodes: string[]): Promise<string | null> {
  const [row] = await db
    .select({ latest: sql<string | null>`max(${w.serviceDate})::text` })
    .from(w)
    .where(sql`${w.districtCode} = any(${param(districtCodes)})`);
  return row?.latest ?? null;
}
