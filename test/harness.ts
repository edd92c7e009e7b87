import { inject } from 'vitest';
import { buildApp, type Weijian } from '../src/server/app.js';
import { readConfig } from '../src/server/platform/config.js';
import { type Database, openDatabase } from '../src/server/platform/db/client.js';
import { migrate } from '../src/server/platform/db/migrate.js';
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
export async function openTestApp(): Promise<Weijian & { database: Database; close: () => Promise<void> }> {
  const database = await openTestDatabase();
  const weijian = await buildApp({ database, config: testConfig(), logger: pino({ level: 'silent' }) });
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
