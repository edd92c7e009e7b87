import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.js';
import { institutions, practitioners, registrations } from './tables.js';

/**
 * A record's version for optimistic concurrency: its `updated_at` to the microsecond, as ISO text
 * (a JavaScript Date would drop the microseconds and let two writes look alike).
 */
export const rowVersion = (column: PgColumn): SQL<string> =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Serialises writes to one record key (an id or a licence number) until the transaction ends,
 * so two creates of the same id cannot both pass the existence check.
 */
export async function lockKey(tx: Db, kind: string, key: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`registry.${kind}`}), hashtext(${key}))`);
}

/** Locks an institution in the given districts for update; its version, or undefined. */
export async function lockInstitution(tx: Db, id: string, districtCodes: string[]) {
  const [row] = await tx
    .select({ version: rowVersion(institutions.updatedAt) })
    .from(institutions)
    .where(and(eq(institutions.id, id), inArray(institutions.districtCode, districtCodes)))
    .for('update');
  return row?.version;
}

export async function lockPractitioner(tx: Db, id: string, districtCodes: string[]) {
  const [row] = await tx
    .select({ version: rowVersion(practitioners.updatedAt) })
    .from(practitioners)
    .where(and(eq(practitioners.id, id), inArray(practitioners.districtCode, districtCodes)))
    .for('update');
  return row?.version;
}

/** District and name of each existing institution among `ids`. */
export async function institutionPlaces(db: Db, ids: readonly string[]) {
  const map = new Map<string, { districtCode: string; name: string }>();
  if (!ids.length) return map;
  const rows = await db
    .select({ id: institutions.id, districtCode: institutions.districtCode, name: institutions.name })
    .from(institutions)
    .where(inArray(institutions.id, [...new Set(ids)]));
  for (const { id, ...place } of rows) map.set(id, place);
  return map;
}

/** Sets the dates of one registration. */
export async function setRegistrationDates(
  tx: Db,
  id: number,
  dates: { validFrom: string; validTo: string | null },
) {
  await tx.update(registrations).set(dates).where(eq(registrations.id, id));
}

/** Practitioners whose current primary registration is at an institution, with their district. */
export function primaryPractitionersOf(tx: Db, institutionId: string) {
  return tx
    .select({ id: practitioners.id, districtCode: practitioners.districtCode })
    .from(practitioners)
    .innerJoin(registrations, eq(registrations.practitionerId, practitioners.id))
    .where(
      and(
        eq(registrations.institutionId, institutionId),
        eq(registrations.kind, 'primary'),
        isNull(registrations.validTo),
      ),
    );
}

/** Moves practitioners to another district (their data scope follows their primary institution). */
export async function setPractitionerDistricts(tx: Db, ids: string[], districtCode: string) {
  if (!ids.length) return;
  await tx
    .update(practitioners)
    .set({ districtCode, updatedAt: sql`now()` })
    .where(inArray(practitioners.id, ids));
}
