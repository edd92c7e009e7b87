import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { likePattern } from '../../platform/db/like.js';
import { departments, jurisdictions, users } from './tables.js';

export type UserRow = typeof users.$inferSelect;
export type UserView = UserRow & {
  departmentName: string | null;
  departmentNameEn: string | null;
  jurisdictionName: string;
  jurisdictionNameEn: string;
};

export const USER_SORTS = ['username', 'displayName', '-createdAt', '-lastLoginAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];

const ORDER: Record<UserSort, SQL[]> = {
  username: [sql`${users.username} asc`],
  displayName: [sql`${users.displayName} asc`, sql`${users.username} asc`],
  '-createdAt': [sql`${users.createdAt} desc`, sql`${users.username} asc`],
  '-lastLoginAt': [sql`${users.lastLoginAt} desc nulls last`, sql`${users.username} asc`],
};

export interface UserFilter {
  jurisdictionCodes: string[];
  q?: string;
  role?: string;
  departmentId?: string;
  status?: 'active' | 'disabled';
}

function userWhere(filter: UserFilter): SQL | undefined {
  return and(
    inArray(users.jurisdictionCode, filter.jurisdictionCodes),
    filter.q
      ? or(ilike(users.username, likePattern(filter.q)), ilike(users.displayName, likePattern(filter.q)))
      : undefined,
    filter.role ? sql`${filter.role} = any(${users.roles})` : undefined,
    filter.departmentId ? eq(users.departmentId, filter.departmentId) : undefined,
    filter.status ? eq(users.status, filter.status) : undefined,
  );
}

const userView = {
  user: users,
  departmentName: departments.name,
  departmentNameEn: departments.nameEn,
  jurisdictionName: jurisdictions.name,
  jurisdictionNameEn: jurisdictions.nameEn,
};

type ViewRow = {
  user: UserRow;
  departmentName: string | null;
  departmentNameEn: string | null;
  jurisdictionName: string;
  jurisdictionNameEn: string;
};
const flatten = ({ user, ...names }: ViewRow): UserView => ({ ...user, ...names });

function selectUsers(db: Db) {
  return db
    .select(userView)
    .from(users)
    .innerJoin(jurisdictions, eq(jurisdictions.code, users.jurisdictionCode))
    .leftJoin(departments, eq(departments.id, users.departmentId));
}

export async function listUsers(db: Db, filter: UserFilter, sort: UserSort, page: number, pageSize: number) {
  const where = userWhere(filter);
  const rows = await selectUsers(db)
    .where(where)
    .orderBy(...ORDER[sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { items: rows.map(flatten), total: total?.n ?? 0 };
}

/** A user inside the given jurisdictions; undefined when absent or out of scope. */
export async function findUserInScope(
  db: Db,
  id: string,
  jurisdictionCodes: string[],
): Promise<UserView | undefined> {
  const [row] = await selectUsers(db).where(
    and(eq(users.id, id), inArray(users.jurisdictionCode, jurisdictionCodes)),
  );
  return row ? flatten(row) : undefined;
}

export async function findUserById(db: Db, id: string): Promise<UserView | undefined> {
  const [row] = await selectUsers(db).where(eq(users.id, id));
  return row ? flatten(row) : undefined;
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

export async function insertUser(tx: Db, row: typeof users.$inferInsert) {
  await tx.insert(users).values(row);
}

export async function updateUser(tx: Db, id: string, patch: Partial<typeof users.$inferInsert>) {
  await tx
    .update(users)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(users.id, id));
}

/** Active administrators of the given jurisdictions (to tell them about locked accounts). */
export function listAdmins(db: Db, jurisdictionCodes: string[]) {
  return db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.jurisdictionCode, jurisdictionCodes),
        sql`'admin' = any(${users.roles})`,
        eq(users.status, 'active'),
      ),
    )
    .orderBy(asc(users.username));
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
