import { and, eq, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { outboxEvents } from './tables.js';

export type OutboxRow = typeof outboxEvents.$inferSelect;

export const MAX_DISPATCH_ATTEMPTS = 10;

export async function insertEvent(tx: Db, topic: string, payload: unknown, requestId: string | null) {
  await tx.insert(outboxEvents).values({ topic, payload, requestId });
}

/** Ids of events ready to dispatch, oldest first. */
export async function listDueEventIds(db: Db, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: outboxEvents.id })
    .from(outboxEvents)
    .where(
      and(
        isNull(outboxEvents.dispatchedAt),
        lte(outboxEvents.availableAt, sql`now()`),
        lt(outboxEvents.attempts, MAX_DISPATCH_ATTEMPTS),
      ),
    )
    .orderBy(outboxEvents.id)
    .limit(limit);
  return rows.map((row) => row.id);
}

/** Locks one pending event for dispatch; null when another worker has it or it is done. */
export async function claimEvent(tx: Db, id: number): Promise<OutboxRow | null> {
  const [row] = await tx
    .select()
    .from(outboxEvents)
    .where(and(eq(outboxEvents.id, id), isNull(outboxEvents.dispatchedAt)))
    .for('update', { skipLocked: true });
  return row ?? null;
}

export async function markDispatched(tx: Db, id: number) {
  await tx
    .update(outboxEvents)
    .set({ dispatchedAt: sql`now()`, attempts: sql`${outboxEvents.attempts} + 1` })
    .where(eq(outboxEvents.id, id));
}

/** Backs off exponentially: 2, 4, 8 … seconds, at most an hour. */
export async function markFailed(db: Db, id: number, error: string) {
  await db
    .update(outboxEvents)
    .set({
      attempts: sql`${outboxEvents.attempts} + 1`,
      lastError: error.slice(0, 2000),
      availableAt: sql`now() + least(power(2, ${outboxEvents.attempts} + 1), 3600) * interval '1 second'`,
    })
    .where(eq(outboxEvents.id, id));
}

export async function countPendingEvents(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outboxEvents)
    .where(isNull(outboxEvents.dispatchedAt));
  return row?.n ?? 0;
}
