import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IsolatedDatabase, openIsolatedDatabase } from '../../../../test/harness.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate.js';

const SERVER = path.resolve(import.meta.dirname, '../..');

function* tablesFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* tablesFiles(full);
    else if (name === 'tables.ts') yield full;
  }
}

/**
 * Every Drizzle table exported from a `tables.ts` under platform/ or modules/. Found on disk rather
 * than imported by name, so a module added later is covered without editing this test (and
 * platform code keeps importing no module, as the architecture check requires).
 */
async function drizzleTables(): Promise<{ file: string; table: PgTable }[]> {
  const found: { file: string; table: PgTable }[] = [];
  for (const root of ['platform', 'modules']) {
    for (const file of tablesFiles(path.join(SERVER, root))) {
      const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const value of Object.values(exports))
        if (is(value, PgTable)) found.push({ file: path.relative(SERVER, file), table: value });
    }
  }
  return found;
}

let database: IsolatedDatabase;
beforeAll(async () => {
  database = await openIsolatedDatabase();
});
afterAll(() => database.close());

describe('migrations', () => {
  it('are idempotent: migrating a migrated database applies nothing', async () => {
    const recorded = await database.query<{ name: string }>(
      'select name from schema_migrations order by name',
    );
    expect(recorded.map((row) => row.name)).toEqual(readMigrations().map((m) => m.name));
    expect(await migrate(database)).toEqual([]);
    expect(await migrate(database)).toEqual([]);
  });

  it('apply a new file once, roll back a failing one whole, and refuse an applied file that was edited (forward-only)', async () => {
    const own = await openIsolatedDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), 'wj-migrations-'));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      expect(await migrate(own, dir)).toEqual([]);

      writeFileSync(
        path.join(dir, '9001_test_added.sql'),
        'create table test_added (id integer primary key);',
      );
      expect(await migrate(own, dir)).toEqual(['9001_test_added.sql']);
      expect(await migrate(own, dir)).toEqual([]);

      writeFileSync(
        path.join(dir, '9002_test_broken.sql'),
        'create table test_half_done (id integer);\nselect 1 / 0;',
      );
      await expect(migrate(own, dir)).rejects.toThrow(/Migration 9002_test_broken\.sql failed/);
      const [left] = await own.query<{ tables: number; recorded: number }>(
        `select (select count(*)::int from information_schema.tables
                 where table_schema = current_schema() and table_name = 'test_half_done') as tables,
                (select count(*)::int from schema_migrations where name = '9002_test_broken.sql') as recorded`,
      );
      expect(left).toEqual({ tables: 0, recorded: 0 });
      rmSync(path.join(dir, '9002_test_broken.sql'));

      const first = readMigrations(dir)[0]?.name ?? '';
      appendFileSync(path.join(dir, first), '\n-- a harmless-looking edit\n');
      await expect(migrate(own, dir)).rejects.toThrow(/forward-only/);
      await expect(migrate(own, dir)).rejects.toThrow(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await own.close();
    }
  });
});

describe('the Drizzle table definitions', () => {
  it('match the migrated schema: the same tables, column names and NOT NULL-ness', async () => {
    const tables = await drizzleTables();
    const names = tables.map(({ table }) => getTableConfig(table).name);
    expect(names).toEqual(
      expect.arrayContaining([
        'audit_log',
        'outbox_events',
        'jobs',
        'job_schedules',
        'notifications',
        'users',
      ]),
    );
    expect(new Set(names).size, 'two Drizzle tables share a name').toBe(names.length);

    const columns = await database.query<{ table_name: string; column_name: string; is_nullable: string }>(
      `select table_name, column_name, is_nullable from information_schema.columns
       where table_schema = current_schema()`,
    );
    const migrated = new Map<string, Record<string, boolean>>();
    for (const column of columns) {
      const table = migrated.get(column.table_name) ?? {};
      table[column.column_name] = column.is_nullable === 'NO';
      migrated.set(column.table_name, table);
    }

    for (const { file, table } of tables) {
      const config = getTableConfig(table);
      const declared = Object.fromEntries(config.columns.map((column) => [column.name, column.notNull]));
      expect(
        migrated.get(config.name),
        `${file}: table ${config.name} is not in the migrations`,
      ).toBeDefined();
      // { column: notNull } on both sides: a missing, extra or differently nullable column shows in the diff.
      expect(sorted(declared), `${file}: ${config.name} differs from the migrations`).toEqual(
        sorted(migrated.get(config.name) ?? {}),
      );
    }

    const undeclared = [...migrated.keys()].filter(
      (name) => name !== 'schema_migrations' && !names.includes(name),
    );
    expect(undeclared, 'migrated tables without a Drizzle definition').toEqual([]);
  });
});

const sorted = (record: Record<string, boolean>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
