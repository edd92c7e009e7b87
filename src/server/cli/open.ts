import path from 'node:path';
import type { Config } from '../platform/config.js';
import { type Database, openDatabase } from '../platform/db/client.js';
import { acquireLock } from '../platform/db/lock.js';
import { migrate } from '../platform/db/migrate.js';

export interface Opened {
  database: Database;
  release: () => void;
  applied: string[];
}

/**
 * Opens the configured database (PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR/pg),
 * taking the data-directory lock for PGlite, and migrates it.
 */
export async function openAndMigrate(
  config: Config,
  command: string,
  port: number | null = null,
): Promise<Opened> {
  const release = config.databaseUrl ? () => {} : acquireLock(config.dataDir, command, port);
  try {
    const database = await openDatabase({
      url: config.databaseUrl,
      dataDir: path.join(config.dataDir, 'pg'),
    });
    const applied = await migrate(database);
    return { database, release, applied };
  } catch (error) {
    release();
    throw error;
  }
}
