import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { screeningDrugMonths } from './tables.js';

export type DrugMonthRow = typeof screeningDrugMonths.$inferInsert;

/** Adds a batch's drug-month quantities to the running totals (one row per institution, drug, month). */
export async function addDrugMonths(tx: Db, rows: DrugMonthRow[]) {
  const t = screeningDrugMonths;
  for (let at = 0; at < rows.length; at += 1000)
    await tx
      .insert(t)
      .values(rows.slice(at, at + 1000))
      .onConflictDoUpdate({
        target: [t.drugCode, t.month, t.institutionId],
        set: { quantity: sql`${t.quantity} + excluded.quantity`, category: sql`excluded.category` },
      });
}

/** Every institution's total of the given drug-months (pairs `drug|month`). */
export function drugMonthTotals(db: Db, pairs: string[]) {
  const t = screeningDrugMonths;
  return db
    .select({
      institutionId: t.institutionId,
      drugCode: t.drugCode,
      month: t.month,
      category: t.category,
      districtCode: t.districtCode,
      total: t.quantity,
    })
    .from(t)
    .where(sql`(${t.drugCode} || '|' || ${t.month}) = any(${sql.param(pairs)})`);
}
