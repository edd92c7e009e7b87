import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { institutions, practitioners, registrations } from '../tables.js';

/**
 * Practitioners inside the given districts (the district of their primary institution) with a
 * current registration at any of the institutions, in id order.
 */
export function practitionersRegisteredAt(db: Db, institutionIds: string[], districtCodes: string[]) {
  if (!institutionIds.length || !districtCodes.length) return Promise.resolve([]);
  const registered = db
    .selectDistinct({ id: registrations.practitionerId })
    .from(registrations)
    .where(and(inArray(registrations.institutionId, institutionIds), isNull(registrations.validTo)));
  return db
    .select()
    .from(practitioners)
    .where(and(inArray(practitioners.districtCode, districtCodes), inArray(practitioners.id, registered)))
    .orderBy(asc(practitioners.id));
}

/** Current registrations of the practitioners with their institution's name: primary first, then by id. */
export function currentRegistrationsOf(db: Db, practitionerIds: string[]) {
  if (!practitionerIds.length) return Promise.resolve([]);
  return db
    .select({
      practitionerId: registrations.practitionerId,
      institutionId: registrations.institutionId,
      institutionName: institutions.name,
      kind: registrations.kind,
      validFrom: registrations.validFrom,
    })
    .from(registrations)
    .innerJoin(institutions, eq(institutions.id, registrations.institutionId))
    .where(and(inArray(registrations.practitionerId, practitionerIds), isNull(registrations.validTo)))
    .orderBy(
      asc(registrations.practitionerId),
      sql`${registrations.kind} = 'primary' desc`,
      asc(registrations.institutionId),
    );
}
