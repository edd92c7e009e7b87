import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { insertRows } from './bulk-store.js';
import { registryChanges } from './tables.js';

export type ChangeRow = typeof registryChanges.$inferInsert;

/** Appends timeline entries, many per statement. */
export async function insertChanges(tx: Db, rows: ChangeRow[]) {
  await insertRows(tx, registryChanges, rows);
}

/** The latest entries of one record's timeline, newest first. */
export function listTimeline(db: Db, entityType: 'institution' | 'practitioner' | 'drug', entityId: string) {
  return db
    .select()
    .from(registryChanges)
    .where(and(eq(registryChanges.entityType, entityType), eq(registryChanges.entityId, entityId)))
    .orderBy(desc(registryChanges.at), desc(registryChanges.id))
    .limit(100);
}

/** How many timeline entries exist (tests and import summaries). */
export async function countChanges(db: Db): Promise<number> {
  const rows = await db.$count(registryChanges);
  return Number(rows);
}
