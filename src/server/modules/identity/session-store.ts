import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { jurisdictions, loginAttempts, sessions, users } from './tables.js';

export async function insertSession(tx: Db, row: typeof sessions.$inferInsert) {
  await tx.insert(sessions).values(row);
}

/** The live session with its user and the user's home jurisdiction, or undefined. */
export async function findLiveSession(db: Db, id: string) {
  const [row] = await db
    .select({ session: sessions, user: users, jurisdiction: jurisdictions })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(jurisdictions, eq(jurisdictions.code, users.jurisdictionCode))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`), eq(users.status, 'active')));
  return row;
}

export async function deleteSession(tx: Db, id: string) {
  await tx.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteUserSessions(tx: Db, userId: string, exceptId?: string) {
  await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptId ? sql`${sessions.id} <> ${exceptId}` : undefined));
}

export async function deleteExpiredSessions(db: Db): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, sql`now()`))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function insertLoginAttempt(tx: Db, ip: string, username: string, succeeded: boolean) {
  await tx.insert(loginAttempts).values({ ip, username, succeeded });
}

export async function countRecentFailures(db: Db, ip: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

export async function deleteOldLoginAttempts(db: Db, before: Date) {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, before));
}
