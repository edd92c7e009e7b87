import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.js';
import { likePattern } from '../../platform/db/like.js';
import { rowVersion } from './edit-store.js';
import { institutions, practitioners, registrations } from './tables.js';

export const PRACTITIONER_SORTS = ['name', '-updatedAt'] as const;
export type PractitionerSort = (typeof PRACTITIONER_SORTS)[number];

const ORDER: Record<PractitionerSort, SQL[]> = {
  name: [
    sql`${practitioners.nameInitials} asc`,
    sql`${practitioners.name} collate "C" asc`,
    sql`${practitioners.id} asc`,
  ],
  '-updatedAt': [sql`${practitioners.updatedAt} desc`, sql`${practitioners.id} asc`],
};

export interface PractitionerFilter {
  /** The districts in scope (district of the primary institution): applied in SQL. */
  districtCodes: string[];
  q?: string;
  category?: string;
  title?: string;
  status?: string;
  institutionId?: string;
}

function practitionerWhere(filter: PractitionerFilter): SQL | undefined {
  const q = filter.q;
  return and(
    inArray(practitioners.districtCode, filter.districtCodes),
    q
      ? or(
          ilike(practitioners.name, likePattern(q)),
          ilike(practitioners.nameInitials, likePattern(q.toLowerCase())),
          ilike(practitioners.id, likePattern(q, 'prefix')),
          ilike(practitioners.certificateNo, likePattern(q, 'prefix')),
        )
      : undefined,
    filter.category ? eq(practitioners.category, filter.category) : undefined,
    filter.title ? eq(practitioners.title, filter.title) : undefined,
    filter.status ? eq(practitioners.status, filter.status as 'active') : undefined,
    filter.institutionId
      ? sql`exists (select 1 from registrations x where x.practitioner_id = practitioners.id
          and x.institution_id = ${filter.institutionId} and x.valid_to is null)`
      : undefined,
  );
}

const primary = alias(registrations, 'primary_registration');

const summary = {
  practitioner: practitioners,
  primaryInstitutionId: primary.institutionId,
  primaryInstitutionName: institutions.name,
  multiSiteCount: sql<number>`(select count(*)::int from registrations m
    where m.practitioner_id = practitioners.id and m.kind = 'multi_site' and m.valid_to is null)`,
  version: rowVersion(practitioners.updatedAt),
};

type Row = typeof practitioners.$inferSelect;
export type PractitionerView = Row & {
  primaryInstitutionId: string | null;
  primaryInstitutionName: string | null;
  multiSiteCount: number;
  /** For optimistic concurrency: `updated_at` to the microsecond (edit-store.ts). */
  version: string;
};

const flatten = ({ practitioner, ...rest }: { practitioner: Row } & Omit<PractitionerView, keyof Row>) => ({
  ...practitioner,
  ...rest,
});

function selectSummary(db: Db) {
  return db
    .select(summary)
    .from(practitioners)
    .leftJoin(
      primary,
      and(eq(primary.practitionerId, practitioners.id), eq(primary.kind, 'primary'), isNull(primary.validTo)),
    )
    .leftJoin(institutions, eq(institutions.id, primary.institutionId));
}

export async function listPractitioners(
  db: Db,
  filter: PractitionerFilter,
  sort: PractitionerSort,
  page: number,
  pageSize: number,
) {
  const where = practitionerWhere(filter);
  const rows = await selectSummary(db)
    .where(where)
    .orderBy(...ORDER[sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(practitioners).where(where);
  return { items: rows.map(flatten), total: total?.n ?? 0 };
}

/** One practitioner inside the given districts; undefined when absent or out of scope. */
export async function findPractitioner(db: Db, id: string, districtCodes: string[]) {
  const rows = await selectSummary(db).where(
    and(eq(practitioners.id, id), inArray(practitioners.districtCode, districtCodes)),
  );
  return rows[0] ? flatten(rows[0]) : undefined;
}

/** Every registration of a practitioner, current ones first, then the ended ones, newest first. */
export function listRegistrationsOf(db: Db, practitionerId: string) {
  return db
    .select({
      institutionId: registrations.institutionId,
      institutionName: institutions.name,
      kind: registrations.kind,
      validFrom: registrations.validFrom,
      validTo: registrations.validTo,
    })
    .from(registrations)
    .innerJoin(institutions, eq(institutions.id, registrations.institutionId))
    .where(eq(registrations.practitionerId, practitionerId))
    .orderBy(
      sql`${registrations.validTo} is not null`,
      sql`${registrations.kind} = 'primary' desc`,
      desc(registrations.validFrom),
      asc(registrations.institutionId),
    );
}

/** Rows for export in interchange columns: registrations with the primary institution first. */
export function exportPractitioners(
  db: Db,
  filter: PractitionerFilter,
  sort: PractitionerSort,
  limit: number,
) {
  return db
    .select({
      practitioner: practitioners,
      registrations: sql<string | null>`(select string_agg(r.institution_id, ';'
          order by r.kind = 'primary' desc, r.institution_id)
        from registrations r where r.practitioner_id = practitioners.id and r.valid_to is null)`,
    })
    .from(practitioners)
    .where(practitionerWhere(filter))
    .orderBy(...ORDER[sort])
    .limit(limit);
}
