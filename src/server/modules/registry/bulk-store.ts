import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.js';

/** Rows per statement: one JSON parameter of a few megabytes at most. */
const ROWS_PER_STATEMENT = 5000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts many rows with one JSON parameter per statement, expanded in the database by
 * `jsonb_to_recordset`: one round trip per 5,000 rows and no per-value query building (building a
 * statement of tens of thousands of bound values cost more than the database's work). Rows are
 * keyed like the Drizzle table (`nameInitials`); the columns inserted are those the rows carry,
 * the others keep their defaults. `onConflict` is appended as it is (`on conflict (id) do …`).
 */
export async function insertRows(
  tx: Db,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
  onConflict: (columns: { key: string; name: string }[]) => SQL = () => sql``,
): Promise<void> {
  if (!rows.length) return;
  const present = new Set<string>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row)) if (value !== undefined) present.add(key);
  const columns = Object.entries(getTableColumns(table))
    .filter(([key]) => present.has(key))
    .map(([key, column]) => ({ key, name: column.name, type: column.getSQLType() }));
  const target = sql.raw(columns.map((c) => quote(c.name)).join(', '));
  const source = sql.raw(columns.map((c) => quote(c.key)).join(', '));
  const shape = sql.raw(columns.map((c) => `${quote(c.key)} ${c.type.replace('serial', 'int')}`).join(', '));
  const conflict = onConflict(columns);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT));
    await tx.execute(
      sql`insert into ${sql.raw(quote(getTableName(table)))} (${target})
        select ${source} from jsonb_to_recordset(${json}::jsonb) as r(${shape}) ${conflict}`,
    );
  }
}

/** `on conflict (key) do update set` every inserted column but the key; `updated_at` = now() when the table has it. */
export function upsertOn(table: PgTable, key: string) {
  return (columns: { key: string; name: string }[]) => {
    const sets = columns
      .filter((c) => c.name !== key)
      .map((c) => `${quote(c.name)} = excluded.${quote(c.name)}`);
    if ('updatedAt' in getTableColumns(table) && !columns.some((c) => c.key === 'updatedAt'))
      sets.push('updated_at = now()');
    return sql.raw(`on conflict (${quote(key)}) do update set ${sets.join(', ')}`);
  };
}

/** `column = any($1)` with the whole list as one array parameter (not one parameter per value). */
export const anyOf = (column: AnyPgColumn, values: readonly (string | number)[]) =>
  sql`${column} = any(${sql.param([...values])})`;
