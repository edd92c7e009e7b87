import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { likePattern } from '../../platform/db/like.js';
import { rowVersion } from './edit-store.js';
import {
  institutionLicences,
  institutions,
  licenceDepartments,
  practitioners,
  registrations,
} from './tables.js';
import { verificationClause } from './validation-store.js';

export const INSTITUTION_SORTS = ['name', '-updatedAt', '-beds'] as const;
export type InstitutionSort = (typeof INSTITUTION_SORTS)[number];

// Name order is pinyin order (by initials), then the name and id as tie-breakers on any collation.
const ORDER: Record<InstitutionSort, SQL[]> = {
  name: [
    sql`${institutions.nameInitials} asc`,
    sql`${institutions.name} collate "C" asc`,
    sql`${institutions.id} asc`,
  ],
  '-updatedAt': [sql`${institutions.updatedAt} desc`, sql`${institutions.id} asc`],
  '-beds': [sql`${institutions.beds} desc`, sql`${institutions.id} asc`],
};

export interface InstitutionFilter {
  /** The districts in scope (and in the district filter): applied in SQL. */
  districtCodes: string[];
  q?: string;
  category?: string;
  status?: string;
  ownership?: string;
  /** The open 校验 period is due or overdue on `today` (YYYY-MM-DD, Asia/Shanghai). */
  verification?: { state: 'due' | 'overdue'; today: string };
}

/** Name substring, pinyin initials, id prefix or licence number. */
function matches(q: string): SQL | undefined {
  return or(
    ilike(institutions.name, likePattern(q)),
    ilike(institutions.nameInitials, likePattern(q.toLowerCase())),
    ilike(institutions.id, likePattern(q, 'prefix')),
    sql`exists (select 1 from institution_licences l
      where l.institution_id = institutions.id and l.number ilike ${likePattern(q)})`,
  );
}

function institutionWhere(filter: InstitutionFilter): SQL | undefined {
  return and(
    inArray(institutions.districtCode, filter.districtCodes),
    filter.q ? matches(filter.q) : undefined,
    filter.category ? eq(institutions.category, filter.category) : undefined,
    filter.status ? eq(institutions.status, filter.status as 'active') : undefined,
    filter.ownership ? eq(institutions.ownership, filter.ownership as 'public') : undefined,
    filter.verification
      ? verificationClause(filter.verification.state, filter.verification.today, sql`${institutions.id}`)
      : undefined,
  );
}

const summary = {
  institution: institutions,
  licenceNumber: institutionLicences.number,
  licenceValidFrom: institutionLicences.validFrom,
  licenceValidTo: institutionLicences.validTo,
  practitionerCount: sql<number>`(select count(distinct r.practitioner_id)::int from registrations r
    where r.institution_id = institutions.id and r.valid_to is null)`,
  version: rowVersion(institutions.updatedAt),
};

export type InstitutionView = typeof institutions.$inferSelect & {
  licenceNumber: string | null;
  licenceValidFrom: string | null;
  licenceValidTo: string | null;
  practitionerCount: number;
  /** For optimistic concurrency: `updated_at` to the microsecond (edit-store.ts). */
  version: string;
};

const flatten = ({
  institution,
  ...rest
}: { institution: typeof institutions.$inferSelect } & Omit<
  InstitutionView,
  keyof typeof institutions.$inferSelect
>): InstitutionView => ({ ...institution, ...rest });

function selectSummary(db: Db) {
  return db
    .select(summary)
    .from(institutions)
    .leftJoin(
      institutionLicences,
      and(eq(institutionLicences.institutionId, institutions.id), eq(institutionLicences.isCurrent, true)),
    );
}

export async function listInstitutions(
  db: Db,
  filter: InstitutionFilter,
  sort: InstitutionSort,
  page: number,
  pageSize: number,
) {
  const where = institutionWhere(filter);
  const rows = await selectSummary(db)
    .where(where)
    .orderBy(...ORDER[sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(institutions).where(where);
  return { items: rows.map(flatten), total: total?.n ?? 0 };
}

/** One institution inside the given districts; undefined when absent or out of scope. */
export async function findInstitution(db: Db, id: string, districtCodes: string[]) {
  const rows = await selectSummary(db).where(
    and(eq(institutions.id, id), inArray(institutions.districtCode, districtCodes)),
  );
  return rows[0] ? flatten(rows[0]) : undefined;
}

/** The 诊疗科目 codes of a licence. */
export async function listLicenceDepartments(db: Db, licenceNumber: string): Promise<string[]> {
  const rows = await db
    .select({ code: licenceDepartments.departmentCode })
    .from(licenceDepartments)
    .where(eq(licenceDepartments.licenceNumber, licenceNumber))
    .orderBy(asc(licenceDepartments.departmentCode));
  return rows.map((row) => row.code);
}

/** Practitioners currently registered at an institution. */
export function listInstitutionPractitioners(db: Db, institutionId: string) {
  return db
    .select({
      id: practitioners.id,
      name: practitioners.name,
      category: practitioners.category,
      title: practitioners.title,
      kind: registrations.kind,
    })
    .from(registrations)
    .innerJoin(practitioners, eq(practitioners.id, registrations.practitionerId))
    .where(and(eq(registrations.institutionId, institutionId), isNull(registrations.validTo)))
    .orderBy(
      sql`${registrations.kind} = 'primary' desc`,
      asc(practitioners.nameInitials),
      asc(practitioners.id),
    )
    .limit(1000);
}

/** Rows for export, in interchange columns, all matching rows within scope up to `limit`. */
export function exportInstitutions(db: Db, filter: InstitutionFilter, sort: InstitutionSort, limit: number) {
  return db
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
    .where(institutionWhere(filter))
    .orderBy(...ORDER[sort])
    .limit(limit);
}
