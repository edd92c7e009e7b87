import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { buildApp, type Weijian } from '../src/server/app.js';
import { readConfig } from '../src/server/platform/config.js';
import { type Database, openDatabase } from '../src/server/platform/db/client.js';
import { migrate, readMigrations } from '../src/server/platform/db/migrate.js';
import pino from 'pino';

export const dbKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * The database of one test file: in-memory PGlite, migrated, by default; the run's PostgreSQL
 * schema (see global-setup.ts) when TEST_DATABASE_URL is set.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openDatabase({ url, schema: inject('pgSchema') ?? undefined, poolSize: 4 });
  const database = await openDatabase({ dataDir: null });
  await migrate(database);
  return database;
}

export const testConfig = () => ({ ...readConfig({}), argon2Fast: true, logLevel: 'silent' });

/** The whole app on a test database; `close` also closes the database. */
export async function openTestApp(
  config: Partial<ReturnType<typeof testConfig>> = {},
): Promise<Weijian & { database: Database; close: () => Promise<void> }> {
  const database = await openTestDatabase();
  const weijian = await buildApp({
    database,
    config: { ...testConfig(), ...config },
    logger: pino({ level: 'silent' }),
  });
  await weijian.app.ready();
  return {
    ...weijian,
    database,
    close: async () => {
      await weijian.runner.stop();
      await weijian.app.close();
      await database.close();
    },
  };
}

/** A database that belongs to one test alone; `close` also destroys it. */
export interface IsolatedDatabase extends Database {
  /** PostgreSQL: the schema it lives in (open it elsewhere with `openDatabase({ url, schema })`). */
  schema: string | null;
}

let pgliteTemplate: Promise<string> | null = null;

/**
 * A migrated PGlite data directory to copy for each isolated database. It is keyed by the PGlite
 * version and the migrations, built once per machine (atomically, so concurrent test processes
 * never copy a half-built one) and reused by every file and run until either changes.
 */
function migratedPgliteTemplate(): Promise<string> {
  pgliteTemplate ??= (async () => {
    const pglite = readFileSync(
      path.resolve(import.meta.dirname, '../node_modules/@electric-sql/pglite/package.json'),
    );
    const key = createHash('sha256')
      .update(pglite)
      .update(JSON.stringify(readMigrations().map((m) => [m.name, m.checksum])))
      .digest('hex')
      .slice(0, 16);
    const dir = path.join(tmpdir(), `wj-iso-template-${key}`);
    if (existsSync(path.join(dir, 'PG_VERSION'))) return dir;
    // Templates of older migrations, untouched for a day, are garbage.
    for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith('wj-iso-template-'))) {
      const old = path.join(tmpdir(), name);
      if (old !== dir && Date.now() - statSync(old).mtimeMs > 86_400_000)
        rmSync(old, { recursive: true, force: true });
    }
    const building = mkdtempSync(path.join(tmpdir(), 'wj-iso-building-'));
    const template = await openDatabase({ dataDir: building });
    await migrate(template);
    await template.close();
    try {
      renameSync(building, dir);
    } catch {
      // Another test process finished first; theirs is identical.
      rmSync(building, { recursive: true, force: true });
    }
    return dir;
  })();
  return pgliteTemplate;
}

/** PGlite: a new, migrated data directory (for a child process to open); the caller removes it. */
export async function createMigratedPgliteDir(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wj-iso-'));
  cpSync(await migratedPgliteTemplate(), dir, { recursive: true });
  return dir;
}

/**
 * A fresh, migrated database that no other test file sees, for tests that tamper with the audit
 * chain or dispatch outbox events and jobs with their own bus or runner. PGlite: a new instance
 * on a copy of a migrated data directory (copying is several times faster than initdb + migrate),
 * deleted on close.
 * PostgreSQL: a new schema `wj_iso_<random>` in TEST_DATABASE_URL's database, dropped on close.
 */
export async function openIsolatedDatabase(options: { poolSize?: number } = {}): Promise<IsolatedDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dir = await createMigratedPgliteDir();
    const database = await openDatabase({ dataDir: dir });
    return {
      ...database,
      schema: null,
      close: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `wj_iso_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const connection = await openDatabase({ url, poolSize: 1 });
    try {
      await connection.execScript(statement);
    } finally {
      await connection.close();
    }
  };
  await admin(`create schema ${schema}`);
  const database = await openDatabase({ url, schema, poolSize: options.poolSize ?? 4 });
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    await admin(`drop schema ${schema} cascade`);
    throw error;
  }
  return {
    ...database,
    schema,
    close: async () => {
      await database.close();
      await admin(`drop schema ${schema} cascade`);
    },
  };
}
