import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { clinicFilings, technologyFilings } from './tables.js';

export type TechnologyFilingRow = typeof technologyFilings.$inferSelect;
export type ClinicFilingRow = typeof clinicFilings.$inferSelect;

/** An institution's technology filings: standing ones first, then by filing date, newest first. */
export function listTechnologyFilings(db: Db, institutionId: string) {
  return db
    .select()
    .from(technologyFilings)
    .where(eq(technologyFilings.institutionId, institutionId))
    .orderBy(
      sql`${technologyFilings.status} = 'filed' desc`,
      desc(technologyFilings.filedOn),
      asc(technologyFilings.id),
    );
}

/** One filing of one institution; undefined when the id belongs to another institution. */
export async function findTechnologyFiling(db: Db, institutionId: string, id: number) {
  const rows = await db
    .select()
    .from(technologyFilings)
    .where(and(eq(technologyFilings.id, id), eq(technologyFilings.institutionId, institutionId)));
  return rows[0];
}

/** The standing (not withdrawn) filing of a technology at an institution, if any. */
export async function findStandingFiling(db: Db, institutionId: string, technologyCode: string) {
  const rows = await db
    .select({ filingNumber: technologyFilings.filingNumber })
    .from(technologyFilings)
    .where(
      and(
        eq(technologyFilings.institutionId, institutionId),
        eq(technologyFilings.technologyCode, technologyCode),
        eq(technologyFilings.status, 'filed'),
      ),
    );
  return rows[0];
}

export async function insertTechnologyFilings(tx: Db, rows: (typeof technologyFilings.$inferInsert)[]) {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await tx
      .insert(technologyFilings)
      .values(rows.slice(i, i + 1000))
      .returning({ id: technologyFilings.id });
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

export async function withdrawTechnologyFiling(
  tx: Db,
  id: number,
  withdrawal: { withdrawnOn: string; withdrawalReason: string },
) {
  await tx
    .update(technologyFilings)
    .set({ ...withdrawal, status: 'withdrawn', updatedAt: sql`now()` })
    .where(eq(technologyFilings.id, id));
}

/** The clinic filing of an institution, if it has one. */
export async function findClinicFiling(db: Db, institutionId: string): Promise<ClinicFilingRow | undefined> {
  const rows = await db.select().from(clinicFilings).where(eq(clinicFilings.institutionId, institutionId));
  return rows[0];
}

/** Records a clinic's filing, replacing the one it had (the change goes to the timeline). */
export async function upsertClinicFilings(tx: Db, rows: (typeof clinicFilings.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await tx
      .insert(clinicFilings)
      .values(rows.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: clinicFilings.institutionId,
        set: {
          filingNumber: sql`excluded.filing_number`,
          kind: sql`excluded.kind`,
          filedOn: sql`excluded.filed_on`,
          authorityCode: sql`excluded.authority_code`,
          departments: sql`excluded.departments`,
          status: sql`excluded.status`,
          withdrawnOn: sql`excluded.withdrawn_on`,
          withdrawalReason: sql`excluded.withdrawal_reason`,
          updatedAt: sql`now()`,
        },
      });
}
