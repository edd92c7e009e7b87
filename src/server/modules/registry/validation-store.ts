import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { institutionValidations } from './tables.js';

export type ValidationRow = typeof institutionValidations.$inferSelect;

/** An institution's validation periods, newest first. */
export function listValidations(db: Db, institutionId: string) {
  return db
    .select()
    .from(institutionValidations)
    .where(eq(institutionValidations.institutionId, institutionId))
    .orderBy(desc(institutionValidations.periodStart));
}

export async function insertValidations(tx: Db, rows: (typeof institutionValidations.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 2000)
    await tx.insert(institutionValidations).values(rows.slice(i, i + 2000));
}

/** Records the result of a stored pending period. */
export async function decideValidation(
  tx: Db,
  id: number,
  decision: { result: 'passed' | 'deferred'; reason: string | null; decidedOn: string; decidedBy: string },
) {
  await tx
    .update(institutionValidations)
    .set({ ...decision, updatedAt: sql`now()` })
    .where(and(eq(institutionValidations.id, id), eq(institutionValidations.result, 'pending')));
}

/**
 * The institutions list filter on the open period (domain/verification.ts `verificationState`):
 * `due` from its application date through its last day, `overdue` after its last day.
 */
export function verificationClause(state: 'due' | 'overdue', today: string, institutionId: SQL): SQL {
  const v = institutionValidations;
  const when =
    state === 'overdue' ? lt(v.periodEnd, today) : and(lte(v.applyBy, today), gte(v.periodEnd, today));
  return sql`exists (select 1 from ${v} where ${v.institutionId} = ${institutionId}
    and ${v.result} = 'pending' and ${when})`;
}
