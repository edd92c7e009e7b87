import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notifications } from './tables.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

export async function insertNotification(tx: Db, row: NewNotification) {
  await tx.insert(notifications).values(row);
}

export async function listForUser(
  db: Db,
  userId: string,
  unreadOnly: boolean,
  page: number,
  pageSize: number,
) {
  const where = and(eq(notifications.userId, userId), unreadOnly ? isNull(notifications.readAt) : undefined);
  const items = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(notifications).where(where);
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { items, total: total?.n ?? 0, unreadCount: unread?.n ?? 0 };
}

/** Marks one of the user's own notifications read; false when it is not theirs or does not exist. */
export async function markRead(tx: Db, userId: string, id: string): Promise<boolean> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllRead(tx: Db, userId: string): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function findNotification(db: Db, id: string): Promise<NotificationRow | null> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row ?? null;
}

export async function markEmailed(db: Db, id: string) {
  await db.update(notifications).set({ emailedAt: sql`now()` }).where(eq(notifications.id, id));
}
