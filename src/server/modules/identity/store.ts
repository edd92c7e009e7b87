import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { likePattern } from '../../platform/db/like.js';
import { departments, jurisdictions } from './tables.js';

export type JurisdictionRow = typeof jurisdictions.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type DepartmentWithNames = DepartmentRow & {
  jurisdictionName: string;
  jurisdictionNameEn: string;
  userCount: number;
};

export function findJurisdiction(db: Db, code: string): Promise<JurisdictionRow | undefined> {
  return db
    .select()
    .from(jurisdictions)
    .where(eq(jurisdictions.code, code))
    .then((rows) => rows[0]);
}

/** A city and every jurisdiction under it. */
export function listCityTree(db: Db, rootCode: string): Promise<JurisdictionRow[]> {
  return db
    .select()
    .from(jurisdictions)
    .where(eq(jurisdictions.rootCode, rootCode))
    .orderBy(sql`${jurisdictions.level} = 'district'`, asc(jurisdictions.code));
}

export function listAllJurisdictions(db: Db): Promise<JurisdictionRow[]> {
  return db
    .select()
    .from(jurisdictions)
    .orderBy(asc(jurisdictions.rootCode), sql`${jurisdictions.level} = 'district'`, asc(jurisdictions.code));
}

export async function insertJurisdictions(tx: Db, rows: (typeof jurisdictions.$inferInsert)[]) {
  if (rows.length) await tx.insert(jurisdictions).values(rows).onConflictDoNothing();
}

export interface DepartmentFilter {
  jurisdictionCodes: string[];
  q?: string;
  kind?: string;
  active?: boolean;
}

function departmentWhere(filter: DepartmentFilter): SQL | undefined {
  return and(
    inArray(departments.jurisdictionCode, filter.jurisdictionCodes),
    filter.q
      ? or(
          ilike(departments.name, likePattern(filter.q)),
          ilike(departments.nameEn, likePattern(filter.q)),
          ilike(departments.code, likePattern(filter.q)),
        )
      : undefined,
    filter.kind ? eq(departments.kind, filter.kind) : undefined,
    filter.active === undefined ? undefined : eq(departments.active, filter.active),
  );
}

// The department with its jurisdiction's names and its number of users.
const departmentView = {
  department: departments,
  jurisdictionName: jurisdictions.name,
  jurisdictionNameEn: jurisdictions.nameEn,
  userCount: sql<number>`(select count(*)::int from users u where u.department_id = ${departments.id})`,
};

function flatten(row: {
  department: DepartmentRow;
  jurisdictionName: string;
  jurisdictionNameEn: string;
  userCount: number;
}): DepartmentWithNames {
  return {
    ...row.department,
    jurisdictionName: row.jurisdictionName,
    jurisdictionNameEn: row.jurisdictionNameEn,
    userCount: row.userCount,
  };
}

export async function listDepartments(db: Db, filter: DepartmentFilter, page: number, pageSize: number) {
  const where = departmentWhere(filter);
  const rows = await db
    .select(departmentView)
    .from(departments)
    .innerJoin(jurisdictions, eq(jurisdictions.code, departments.jurisdictionCode))
    .where(where)
    .orderBy(
      sql`${jurisdictions.level} = 'district'`,
      asc(departments.jurisdictionCode),
      asc(departments.code),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(departments).where(where);
  return { items: rows.map(flatten), total: total?.n ?? 0 };
}

export async function findDepartment(db: Db, id: string): Promise<DepartmentWithNames | undefined> {
  const result = await listDepartmentsByIds(db, [id]);
  return result[0];
}

export async function listDepartmentsByIds(db: Db, ids: string[]): Promise<DepartmentWithNames[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(departmentView)
    .from(departments)
    .innerJoin(jurisdictions, eq(jurisdictions.code, departments.jurisdictionCode))
    .where(inArray(departments.id, ids));
  return rows.map(flatten);
}

export async function insertDepartment(tx: Db, row: typeof departments.$inferInsert) {
  await tx.insert(departments).values(row);
}

export async function updateDepartment(tx: Db, id: string, patch: Partial<typeof departments.$inferInsert>) {
  await tx
    .update(departments)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(departments.id, id));
}

/** Active departments of the given jurisdictions, for the public directory. */
export function listPublicDepartments(db: Db, jurisdictionCodes: string[] | null, kind?: string) {
  return db
    .select({
      department: departments,
      jurisdictionName: jurisdictions.name,
      jurisdictionNameEn: jurisdictions.nameEn,
    })
    .from(departments)
    .innerJoin(jurisdictions, eq(jurisdictions.code, departments.jurisdictionCode))
    .where(
      and(
        eq(departments.active, true),
        jurisdictionCodes ? inArray(departments.jurisdictionCode, jurisdictionCodes) : undefined,
        kind ? eq(departments.kind, kind) : undefined,
      ),
    )
    .orderBy(
      sql`${jurisdictions.level} = 'district'`,
      asc(departments.jurisdictionCode),
      asc(departments.code),
    )
    .limit(1000);
}
