import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { anyOf, insertRows } from './bulk-store.js';
import {
  type ImportStatus,
  registryImportFiles,
  registryImportProblems,
  registryImports,
} from './import-tables.js';

export type ImportRow = typeof registryImports.$inferSelect;
export type ImportFileRow = Omit<typeof registryImportFiles.$inferSelect, 'content'>;
export type ProblemRow = typeof registryImportProblems.$inferInsert;

/** Still to finish: a job that finds its import in one of these (after a crash) starts it again. */
export const OPEN_STATUSES: ImportStatus[] = ['queued', 'checking', 'writing'];

const fileColumns = {
  importId: registryImportFiles.importId,
  seq: registryImportFiles.seq,
  kind: registryImportFiles.kind,
  name: registryImportFiles.name,
  format: registryImportFiles.format,
  sizeBytes: registryImportFiles.sizeBytes,
  sha256: registryImportFiles.sha256,
  rowCount: registryImportFiles.rowCount,
};

export async function insertImport(
  tx: Db,
  row: typeof registryImports.$inferInsert,
  files: (typeof registryImportFiles.$inferInsert)[],
) {
  const [created] = await tx.insert(registryImports).values(row).returning();
  await tx.insert(registryImportFiles).values(files);
  return created as ImportRow;
}

/** One import, if it lies in `scopeCodes` (null: the job, which acts for the uploader already). */
export async function findImport(db: Db, id: string, scopeCodes: string[] | null) {
  const [row] = await db
    .select()
    .from(registryImports)
    .where(
      and(
        eq(registryImports.id, id),
        scopeCodes ? anyOf(registryImports.jurisdictionCode, scopeCodes) : undefined,
      ),
    );
  return row ?? null;
}

/** Imports uploaded within `scopeCodes`, newest first. */
export async function listImports(db: Db, scopeCodes: string[], page: number, pageSize: number) {
  const where = anyOf(registryImports.jurisdictionCode, scopeCodes);
  const items = await db
    .select()
    .from(registryImports)
    .where(where)
    .orderBy(desc(registryImports.createdAt), desc(registryImports.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(registryImports).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** The files of some imports, without their bytes. */
export function listImportFiles(db: Db, importIds: string[]): Promise<ImportFileRow[]> {
  if (!importIds.length) return Promise.resolve([]);
  return db
    .select(fileColumns)
    .from(registryImportFiles)
    .where(inArray(registryImportFiles.importId, importIds))
    .orderBy(asc(registryImportFiles.importId), asc(registryImportFiles.seq));
}

/** The uploaded files with their bytes (null once the import has finished). */
export function importFileContents(db: Db, importId: string) {
  return db
    .select()
    .from(registryImportFiles)
    .where(eq(registryImportFiles.importId, importId))
    .orderBy(asc(registryImportFiles.seq));
}

export async function updateImport(
  db: Db,
  id: string,
  patch: Partial<typeof registryImports.$inferInsert>,
  onlyIf?: ImportStatus[],
) {
  const rows = await db
    .update(registryImports)
    .set(patch)
    .where(and(eq(registryImports.id, id), onlyIf ? inArray(registryImports.status, onlyIf) : undefined))
    .returning({ id: registryImports.id });
  return rows.length > 0;
}

export async function setFileRowCounts(tx: Db, importId: string, counts: Map<number, number>) {
  for (const [seq, rowCount] of counts)
    await tx
      .update(registryImportFiles)
      .set({ rowCount })
      .where(and(eq(registryImportFiles.importId, importId), eq(registryImportFiles.seq, seq)));
}

/** Forgets the uploaded bytes (the import has finished; its report stays). */
export async function dropFileContents(tx: Db, importId: string) {
  await tx
    .update(registryImportFiles)
    .set({ content: null })
    .where(eq(registryImportFiles.importId, importId));
}

export async function insertProblems(tx: Db, rows: ProblemRow[]) {
  await insertRows(tx, registryImportProblems, rows);
}

/** A page of an import's problems in report order, optionally of one file. */
export async function listProblems(
  db: Db,
  importId: string,
  file: string | undefined,
  page: number,
  pageSize: number,
) {
  const p = registryImportProblems;
  const where = and(eq(p.importId, importId), file ? eq(p.file, file) : undefined);
  const items = await db
    .select()
    .from(p)
    .where(where)
    .orderBy(asc(p.seq))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(p).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** Every problem of an import (the report), in order. */
export function allProblems(db: Db, importId: string) {
  const p = registryImportProblems;
  return db.select().from(p).where(eq(p.importId, importId)).orderBy(asc(p.seq));
}

/** Files that have problems, with how many each. */
export async function problemFiles(db: Db, importId: string) {
  const p = registryImportProblems;
  const rows = await db
    .select({ file: p.file, problems: count(), rows: sql<number>`count(distinct ${p.row})` })
    .from(p)
    .where(eq(p.importId, importId))
    .groupBy(p.file)
    .orderBy(asc(p.file));
  return rows.map((r) => ({ file: r.file, problems: Number(r.problems), rows: Number(r.rows) }));
}
