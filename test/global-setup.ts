import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/server/platform/db/client.js';
import { migrate } from '../src/server/platform/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgSchema: string | null;
  }
}

/**
 * With TEST_DATABASE_URL, the run gets its own schema in that database, migrated once and dropped
 * at the end: runs never see each other's tables, and no table is ever truncated. Inside the run,
 * each test isolates itself in a fresh jurisdiction (test/factories.ts).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    project.provide('pgSchema', null);
    return;
  }
  const schema = `wj_test_${Date.now().toString(36)}_${process.pid}`;
  const admin = await openDatabase({ url, poolSize: 1 });
  await admin.execScript(`create schema ${schema}`);
  const database = await openDatabase({ url, schema, poolSize: 1 });
  await migrate(database);
  await database.close();
  project.provide('pgSchema', schema);
  return async () => {
    await admin.execScript(`drop schema ${schema} cascade`);
    await admin.close();
  };
}
