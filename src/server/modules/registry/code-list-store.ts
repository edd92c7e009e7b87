import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { likePattern } from '../../platform/db/like.js';
import { codeListItems, codeLists } from './tables.js';

export type CodeListRow = typeof codeLists.$inferSelect;

/** Every loaded (list, version) pair. */
export function listLoadedVersions(db: Db) {
  return db.select({ id: codeLists.id, version: codeLists.version }).from(codeLists);
}

export async function insertCodeList(
  tx: Db,
  list: typeof codeLists.$inferInsert,
  items: (typeof codeListItems.$inferInsert)[],
) {
  await tx.insert(codeLists).values(list).onConflictDoNothing();
  for (let i = 0; i < items.length; i += 1000)
    await tx
      .insert(codeListItems)
      .values(items.slice(i, i + 1000))
      .onConflictDoNothing();
}

/** The latest version of each list with its number of items. */
export function listCodeLists(db: Db) {
  return db
    .selectDistinctOn([codeLists.id], {
      list: codeLists,
      itemCount: sql<number>`(select count(*)::int from code_list_items i
        where i.list_id = code_lists.id and i.version = code_lists.version)`,
    })
    .from(codeLists)
    .orderBy(asc(codeLists.id), desc(codeLists.version));
}

/** A list's versions, newest first. */
export async function listVersions(db: Db, id: string): Promise<CodeListRow[]> {
  return db.select().from(codeLists).where(eq(codeLists.id, id)).orderBy(desc(codeLists.version));
}

export function listItems(db: Db, id: string, version: string, q?: string) {
  return db
    .select({ code: codeListItems.code, name: codeListItems.name, parentCode: codeListItems.parentCode })
    .from(codeListItems)
    .where(
      and(
        eq(codeListItems.listId, id),
        eq(codeListItems.version, version),
        q
          ? or(ilike(codeListItems.code, likePattern(q, 'prefix')), ilike(codeListItems.name, likePattern(q)))
          : undefined,
      ),
    )
    .orderBy(asc(codeListItems.code));
}

/** Code → name of the latest version of a list. */
export async function codeNames(db: Db, id: string): Promise<Map<string, string>> {
  const [latest] = await listVersions(db, id);
  if (!latest) return new Map();
  const rows = await listItems(db, id, latest.version);
  return new Map(rows.map((row) => [row.code, row.name]));
}
