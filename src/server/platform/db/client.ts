import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';

/** The query interface every store takes: a database or a transaction, same type. */
// biome-ignore lint/suspicious/noExplicitAny: drizzle's schema generics are erased on purpose
export type Db = PgDatabase<PgQueryResultHKT, any, any>;
// biome-ignore lint/suspicious/noExplicitAny: as above
export type Tx = PgTransaction<PgQueryResultHKT, any, any>;

export type DatabaseKind = 'pglite' | 'postgres';

/** One database session: what the migrator and a few platform tools need below Drizzle. */
export interface Connection {
  /** Runs a multi-statement SQL script. */
  execScript(sql: string): Promise<void>;
  /** Plain parameterised query. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Connection {
  kind: DatabaseKind;
  db: Db;
  /** Runs `work` on one pinned session (session-level locks, multi-statement transactions). */
  withConnection<T>(work: (connection: Connection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… — when set, PostgreSQL is used. */
  url?: string | null;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string | null;
  /** PostgreSQL schema to use as search_path (test isolation per run). */
  schema?: string;
  poolSize?: number;
}

// int8 (counts, bigserial ids) arrives as a string from pg and a bigint from PGlite; both become
// numbers here, in one place. Ids stay far below 2^53.
const INT8 = 20;
const parseInt8 = (value: string) => Number(value);
pg.types.setTypeParser(INT8, parseInt8);

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.schema, options.poolSize);
  return openPglite(options.dataDir ?? null);
}

async function openPostgres(url: string, schema: string | undefined, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  await pool.query('select 1');
  const on = (client: pg.Pool | pg.PoolClient): Connection => ({
    execScript: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
  });
  return {
    kind: 'postgres',
    db: drizzlePg(pool) as unknown as Db,
    ...on(pool),
    withConnection: async (work) => {
      const client = await pool.connect();
      try {
        return await work(on(client));
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ?? undefined, { parsers: { [INT8]: parseInt8 } });
  const connection: Connection = {
    execScript: async (sql) => {
      await client.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query<T>(sql, params)).rows,
  };
  return {
    kind: 'pglite',
    db: drizzlePglite(client) as unknown as Db,
    ...connection,
    // PGlite is a single session already.
    withConnection: (work) => work(connection),
    close: () => client.close(),
  };
}
