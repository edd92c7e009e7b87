import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, Database } from './client.js';

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../migrations',
);

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** Reads `NNNN_title.sql` files in order. Migrations are forward-only: an applied file never changes. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

// Any constant works; it only has to be the same in every process that migrates.
const MIGRATION_LOCK = 727_001;

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so that two
 * processes starting together against one PostgreSQL do not race. Returns the names applied.
 */
export function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  return database.withConnection((connection) => migrateOn(connection, readMigrations(dir)));
}

async function migrateOn(database: Connection, migrations: Migration[]): Promise<string[]> {
  await database.execScript(
    `create table if not exists schema_migrations (
       name text primary key, checksum text not null, applied_at timestamptz not null default now())`,
  );
  await database.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const rows = await database.query<{ name: string; checksum: string }>(
      'select name, checksum from schema_migrations',
    );
    const applied = new Map(rows.map((row) => [row.name, row.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum === migration.checksum) continue;
      if (checksum) {
        throw new Error(
          `Migration ${migration.name} was edited after it was applied. Migrations are forward-only: ` +
            'restore the file and add a new migration instead.',
        );
      }
      await applyOne(database, migration);
      done.push(migration.name);
    }
    return done;
  } finally {
    await database.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

async function applyOne(database: Connection, migration: Migration): Promise<void> {
  await database.execScript('begin');
  try {
    await database.execScript(migration.sql);
    await database.query('insert into schema_migrations (name, checksum) values ($1, $2)', [
      migration.name,
      migration.checksum,
    ]);
    await database.execScript('commit');
  } catch (error) {
    await database.execScript('rollback');
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
  }
}
