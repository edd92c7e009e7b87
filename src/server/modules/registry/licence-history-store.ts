import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { institutionLicences, licenceDepartments } from './tables.js';

/** Every licence an institution has held, the current one first, with its 诊疗科目 (`;`-joined). */
export function listLicenceHistory(db: Db, institutionId: string) {
  const l = institutionLicences;
  return db
    .select({
      number: l.number,
      validFrom: l.validFrom,
      validTo: l.validTo,
      isCurrent: l.isCurrent,
      createdAt: l.createdAt,
      replacedAt: l.replacedAt,
      departments: sql<string | null>`(select string_agg(${licenceDepartments.departmentCode}, ';'
        order by ${licenceDepartments.departmentCode})
        from ${licenceDepartments} where ${licenceDepartments.licenceNumber} = ${l.number})`,
    })
    .from(l)
    .where(eq(l.institutionId, institutionId))
    .orderBy(desc(l.isCurrent), desc(l.validFrom), desc(l.createdAt));
}
