import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { anyOf, insertRows, upsertOn } from './bulk-store.js';
import {
  drugs,
  institutionLicences,
  institutions,
  licenceDepartments,
  practitioners,
  registrations,
} from './tables.js';

/** District of each existing institution among `ids`. */
export async function institutionDistricts(db: Db, ids: readonly string[]) {
  const map = new Map<string, string>();
  const rows = await db
    .select({ id: institutions.id, districtCode: institutions.districtCode })
    .from(institutions)
    .where(anyOf(institutions.id, [...new Set(ids)]));
  for (const row of rows) map.set(row.id, row.districtCode);
  return map;
}

export async function practitionerDistricts(db: Db, ids: readonly string[]) {
  const map = new Map<string, string>();
  const rows = await db
    .select({ id: practitioners.id, districtCode: practitioners.districtCode })
    .from(practitioners)
    .where(anyOf(practitioners.id, [...new Set(ids)]));
  for (const row of rows) map.set(row.id, row.districtCode);
  return map;
}

/** Institution owning each licence number already registered. */
export async function licenceOwners(db: Db, numbers: readonly string[]) {
  const map = new Map<string, string>();
  const rows = await db
    .select({ number: institutionLicences.number, institutionId: institutionLicences.institutionId })
    .from(institutionLicences)
    .where(anyOf(institutionLicences.number, [...new Set(numbers)]));
  for (const row of rows) map.set(row.number, row.institutionId);
  return map;
}

/** Institutions with their current licence and its 诊疗科目 (`;`-joined, sorted). */
export function institutionSnapshots(tx: Db, ids: string[]) {
  return tx
    .select({
      institution: institutions,
      licenceNumber: institutionLicences.number,
      licenceValidFrom: institutionLicences.validFrom,
      licenceValidTo: institutionLicences.validTo,
      departments: sql<string | null>`(select string_agg(d.department_code, ';' order by d.department_code)
        from licence_departments d where d.licence_number = institution_licences.number)`,
    })
    .from(institutions)
    .leftJoin(
      institutionLicences,
      and(eq(institutionLicences.institutionId, institutions.id), eq(institutionLicences.isCurrent, true)),
    )
    .where(anyOf(institutions.id, ids));
}

export function practitionerSnapshots(tx: Db, ids: string[]) {
  return tx.select().from(practitioners).where(anyOf(practitioners.id, ids));
}

/** Current registrations of the given practitioners, in insertion order. */
export function currentRegistrations(tx: Db, practitionerIds: string[]) {
  return tx
    .select()
    .from(registrations)
    .where(and(anyOf(registrations.practitionerId, practitionerIds), isNull(registrations.validTo)))
    .orderBy(registrations.id);
}

export function drugSnapshots(tx: Db, codes: string[]) {
  return tx.select().from(drugs).where(anyOf(drugs.code, codes));
}

export async function upsertInstitutions(tx: Db, rows: (typeof institutions.$inferInsert)[]) {
  await insertRows(tx, institutions, rows, upsertOn(institutions, 'id'));
}

/** Marks the current licence of these institutions as replaced (kept as history). */
export async function retireLicences(tx: Db, institutionIds: string[]) {
  if (!institutionIds.length) return;
  await tx
    .update(institutionLicences)
    .set({ isCurrent: false, replacedAt: sql`now()` })
    .where(
      and(anyOf(institutionLicences.institutionId, institutionIds), eq(institutionLicences.isCurrent, true)),
    );
}

export async function upsertLicences(tx: Db, rows: (typeof institutionLicences.$inferInsert)[]) {
  await insertRows(
    tx,
    institutionLicences,
    rows,
    () => sql`on conflict (number) do update set valid_from = excluded.valid_from,
      valid_to = excluded.valid_to, is_current = true, replaced_at = null`,
  );
}

/** Replaces the 诊疗科目 of the given licences. */
export async function replaceLicenceDepartments(
  tx: Db,
  numbers: string[],
  rows: (typeof licenceDepartments.$inferInsert)[],
) {
  if (numbers.length)
    await tx.delete(licenceDepartments).where(anyOf(licenceDepartments.licenceNumber, numbers));
  await insertRows(tx, licenceDepartments, rows);
}

export async function upsertPractitioners(tx: Db, rows: (typeof practitioners.$inferInsert)[]) {
  await insertRows(tx, practitioners, rows, upsertOn(practitioners, 'id'));
}

/** Ends registrations (kept as history) on `date`. */
export async function endRegistrations(tx: Db, ids: number[], date: string) {
  if (ids.length) await tx.update(registrations).set({ validTo: date }).where(anyOf(registrations.id, ids));
}

export async function insertRegistrations(tx: Db, rows: (typeof registrations.$inferInsert)[]) {
  await insertRows(tx, registrations, rows);
}

export async function upsertDrugs(tx: Db, rows: (typeof drugs.$inferInsert)[]) {
  await insertRows(tx, drugs, rows, upsertOn(drugs, 'code'));
}

export async function countInstitutions(db: Db): Promise<number> {
  return Number(await db.$count(institutions));
}
