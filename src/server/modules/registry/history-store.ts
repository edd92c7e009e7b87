import { and, asc, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { anyOf } from './bulk-store.js';
import {
  clinicFilings,
  drugs,
  institutionLicences,
  institutions,
  practitioners,
  registrations,
  registryChanges,
} from './tables.js';

/** Institutions by id: the fields screening reads. */
export function institutionsById(db: Db, ids: string[]) {
  const i = institutions;
  return db
    .select({
      id: i.id,
      name: i.name,
      category: i.category,
      districtCode: i.districtCode,
      status: i.status,
    })
    .from(i)
    .where(anyOf(i.id, ids));
}

/** Every licence (current and replaced) of these institutions, with its 诊疗科目. */
export function licencesOf(db: Db, institutionIds: string[]) {
  const l = institutionLicences;
  return db
    .select({
      institutionId: l.institutionId,
      number: l.number,
      validFrom: l.validFrom,
      validTo: l.validTo,
      isCurrent: l.isCurrent,
      departments: sql<string[]>`coalesce((select array_agg(d.department_code order by d.department_code)
        from licence_departments d where d.licence_number = ${l.number}), '{}')`,
    })
    .from(l)
    .where(anyOf(l.institutionId, institutionIds))
    .orderBy(asc(l.institutionId), asc(l.validFrom));
}

export function clinicFilingsOf(db: Db, institutionIds: string[]) {
  const c = clinicFilings;
  return db
    .select({
      institutionId: c.institutionId,
      filingNumber: c.filingNumber,
      filedOn: c.filedOn,
      withdrawnOn: c.withdrawnOn,
      departments: c.departments,
    })
    .from(c)
    .where(anyOf(c.institutionId, institutionIds));
}

export function practitionersById(db: Db, ids: string[]) {
  const p = practitioners;
  return db
    .select({
      id: p.id,
      name: p.name,
      category: p.category,
      title: p.title,
      status: p.status,
      scopes: p.scopes,
      districtCode: p.districtCode,
    })
    .from(p)
    .where(anyOf(p.id, ids));
}

/** Every registration (current and ended) of these practitioners. */
export function registrationsOf(db: Db, practitionerIds: string[]) {
  const r = registrations;
  return db
    .select({
      practitionerId: r.practitionerId,
      institutionId: r.institutionId,
      kind: r.kind,
      validFrom: r.validFrom,
      validTo: r.validTo,
    })
    .from(r)
    .where(anyOf(r.practitionerId, practitionerIds))
    .orderBy(asc(r.practitionerId), asc(r.id));
}

export function drugsByCode(db: Db, codes: string[]) {
  const d = drugs;
  return db
    .select({ code: d.code, name: d.name, antibioticLevel: d.antibioticLevel, priceCapFen: d.priceCapFen })
    .from(d)
    .where(anyOf(d.code, codes));
}

/**
 * Timeline entries of these records that changed one of `fields` (not creations), oldest first,
 * with the day (Asia/Shanghai) each took effect.
 */
export function fieldChangesOf(
  db: Db,
  entityType: 'institution' | 'practitioner' | 'drug',
  ids: string[],
  fields: string[],
) {
  const c = registryChanges;
  return db
    .select({
      entityId: c.entityId,
      day: sql<string>`to_char(${c.at} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      changes: c.changes,
    })
    .from(c)
    .where(
      and(
        sql`${c.entityType} = ${entityType}`,
        anyOf(c.entityId, ids),
        sql`${c.changes} ?| ${sql.param(fields)}::text[]`,
        sql`${c.action} <> 'create'`,
      ),
    )
    .orderBy(asc(c.at), asc(c.id));
}
