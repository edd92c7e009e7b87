import { and, asc, count, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { type BatchStatus, screeningBatches, screeningBatchProblems } from './tables.js';

export type BatchRow = Omit<typeof screeningBatches.$inferSelect, 'content'>;
export type BatchProblemRow = typeof screeningBatchProblems.$inferInsert;

/** Still to finish: a job that finds its batch in one of these (after a crash) starts it again. */
export const OPEN_BATCH_STATUSES: BatchStatus[] = ['queued', 'screening'];

// Every column but the uploaded bytes, which only the job reads (batchContent).
const { content: _content, ...columns } = getTableColumns(screeningBatches);
const inScope = (scopeCodes: string[] | null) =>
  scopeCodes ? sql`${screeningBatches.jurisdictionCode} = any(${sql.param(scopeCodes)})` : undefined;

export async function insertBatch(tx: Db, row: typeof screeningBatches.$inferInsert): Promise<BatchRow> {
  const [created] = await tx.insert(screeningBatches).values(row).returning(columns);
  return created as BatchRow;
}

/** One batch, if it lies in `scopeCodes` (null: the job, which acts for the uploader already). */
export async function findBatch(db: Db, id: string, scopeCodes: string[] | null): Promise<BatchRow | null> {
  const [row] = await db
    .select(columns)
    .from(screeningBatches)
    .where(and(eq(screeningBatches.id, id), inScope(scopeCodes)));
  return row ?? null;
}

/** A batch with the same bytes uploaded in scope that was not rejected or failed. */
export async function findSameBatch(db: Db, sha256: string, scopeCodes: string[]) {
  const [row] = await db
    .select({ id: screeningBatches.id })
    .from(screeningBatches)
    .where(
      and(
        eq(screeningBatches.sha256, sha256),
        inScope(scopeCodes),
        sql`${screeningBatches.status} in ('queued', 'screening', 'done')`,
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

export async function listBatches(
  db: Db,
  scopeCodes: string[],
  status: BatchStatus | undefined,
  page: number,
  pageSize: number,
) {
  const where = and(inScope(scopeCodes), status ? eq(screeningBatches.status, status) : undefined);
  const items = await db
    .select(columns)
    .from(screeningBatches)
    .where(where)
    .orderBy(desc(screeningBatches.createdAt), desc(screeningBatches.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(screeningBatches).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

export async function batchContent(db: Db, id: string): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ content: screeningBatches.content })
    .from(screeningBatches)
    .where(eq(screeningBatches.id, id));
  return row?.content ?? null;
}

export async function updateBatch(db: Db, id: string, set: Partial<typeof screeningBatches.$inferInsert>) {
  await db.update(screeningBatches).set(set).where(eq(screeningBatches.id, id));
}

export async function insertBatchProblems(tx: Db, rows: BatchProblemRow[]) {
  for (let at = 0; at < rows.length; at += 2000)
    await tx.insert(screeningBatchProblems).values(rows.slice(at, at + 2000));
}

export async function listBatchProblems(db: Db, id: string, page: number, pageSize: number) {
  const where = eq(screeningBatchProblems.batchId, id);
  const items = await db
    .select()
    .from(screeningBatchProblems)
    .where(where)
    .orderBy(asc(screeningBatchProblems.seq))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(screeningBatchProblems).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

export function allBatchProblems(db: Db, id: string) {
  return db
    .select()
    .from(screeningBatchProblems)
    .where(eq(screeningBatchProblems.batchId, id))
    .orderBy(asc(screeningBatchProblems.seq));
}

export async function hasAnyBatch(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: screeningBatches.id }).from(screeningBatches).limit(1);
  return !!row;
}
