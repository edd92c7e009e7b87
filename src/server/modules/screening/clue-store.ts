import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { screeningClues, screeningWarnings } from './tables.js';

export type ClueRow = typeof screeningClues.$inferSelect & { warningCount: number };

const c = screeningClues;
const inScope = (codes: string[]) => sql`${c.districtCode} = any(${sql.param(codes)})`;
/** How many warnings each clue holds. */
async function withCounts(db: Db, clues: (typeof screeningClues.$inferSelect)[]): Promise<ClueRow[]> {
  if (!clues.length) return [];
  const w = screeningWarnings;
  const counts = await db
    .select({ clueId: w.clueId, n: count() })
    .from(w)
    .where(sql`${w.clueId} = any(${sql.param(clues.map((row) => row.id))}::uuid[])`)
    .groupBy(w.clueId);
  const by = new Map(counts.map((row) => [row.clueId, Number(row.n)]));
  return clues.map((row) => ({ ...row, warningCount: by.get(row.id) ?? 0 }));
}

/** The next number of a district's clues of a year: XS<district>-<year>-<seq>. */
export async function nextClueNumber(tx: Db, districtCode: string, year: number): Promise<string> {
  const prefix = `XS${districtCode}-${year}-`;
  // Serialises numbering per district and year; the unique number would refuse a race anyway.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${prefix}))`);
  const [row] = await tx
    .select({ n: count() })
    .from(c)
    .where(sql`${c.number} like ${`${prefix}%`}`);
  return `${prefix}${String(Number(row?.n ?? 0) + 1).padStart(5, '0')}`;
}

export async function insertClue(tx: Db, row: typeof screeningClues.$inferInsert) {
  await tx.insert(c).values(row);
}

export async function findClue(db: Db, id: string, codes: string[]): Promise<ClueRow | null> {
  const rows = await db
    .select()
    .from(c)
    .where(and(eq(c.id, id), inScope(codes)));
  const [row] = await withCounts(db, rows);
  return row ?? null;
}

export async function listClues(db: Db, codes: string[], page: number, pageSize: number) {
  const rows = await db
    .select()
    .from(c)
    .where(inScope(codes))
    .orderBy(desc(c.createdAt), desc(c.number))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(c).where(inScope(codes));
  return {
    items: await withCounts(db, rows),
    total: Number(total?.n ?? 0),
  };
}

/** The numbers of some clues (to name them beside their warnings). */
export async function clueNumbers(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: c.id, number: c.number })
    .from(c)
    .where(sql`${c.id} = any(${sql.param([...new Set(ids)])}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r.number]));
}
