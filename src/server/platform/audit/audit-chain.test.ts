import { spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createMigratedPgliteDir,
  type IsolatedDatabase,
  openIsolatedDatabase,
} from '../../../../test/harness.js';
import { systemContext } from '../context.js';
import { type Database, openDatabase } from '../db/client.js';
import { runWrite, type WriteDeps } from '../write.js';
import { GENESIS_HASH } from './hash.js';
import { verifyAuditChain } from './verify.js';

// This file owns its database: tampering breaks the chain for anyone else verifying it.
let database: IsolatedDatabase;
beforeAll(async () => {
  database = await openIsolatedDatabase();
});
afterAll(() => database.close());
// Each test starts from an empty trail and outbox.
beforeEach(() =>
  bypassingTrigger(database, sql`truncate audit_log, outbox_events, jobs, job_schedules restart identity`),
);

const depsOf = (db: Database): WriteDeps => ({ db: db.db, emailEnabled: false, afterCommit: () => {} });

interface ChainRow {
  id: number;
  entity_id: string;
  prev_hash: string;
  hash: string;
}

const chain = (db: Database) =>
  db.query<ChainRow>('select id, entity_id, prev_hash, hash from audit_log order by id');

/** Appends `count` entries, one write each, and returns their ids in order. */
async function appendEntries(db: Database, count: number, tag = 'e'): Promise<number[]> {
  for (let i = 1; i <= count; i += 1) {
    await runWrite(depsOf(db), systemContext('t'), (w) =>
      w.audit({
        action: 'test.entry.create',
        entityType: 'test_entry',
        entityId: `${tag}-${i}`,
        after: { n: i, tag, nested: { b: [1, 2], a: 'x' } },
      }),
    );
  }
  const rows = await chain(db);
  return rows.filter((row) => row.entity_id.startsWith(`${tag}-`)).map((row) => row.id);
}

/** Runs one statement with the append-only trigger switched off, as someone with superuser rights could. */
async function bypassingTrigger(db: Database, statement: SQL) {
  await db.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe('the hash-chained audit trail', () => {
  it('links each entry to the one before it, starting from the genesis hash, and verifies intact', async () => {
    await appendEntries(database, 5);
    const rows = await chain(database);
    expect(rows).toHaveLength(5);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    expect(new Set(rows.map((row) => row.hash)).size).toBe(5);
    expect(await verifyAuditChain(database.db)).toEqual({
      intact: true,
      checked: 5,
      firstBrokenId: null,
      reason: null,
    });
  });

  it('verifies a chain longer than one page of the walk', async () => {
    await appendEntries(database, 5);
    expect(await verifyAuditChain(database.db, 2)).toMatchObject({ intact: true, checked: 5 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on audit_log with SQLSTATE 55000, leaving the row unchanged', async () => {
    const [id] = await appendEntries(database, 1);
    await expect(
      database.query("update audit_log set action = 'forged' where id = $1", [id]),
    ).rejects.toMatchObject({ code: '55000' });
    await expect(database.query('delete from audit_log where id = $1', [id])).rejects.toMatchObject({
      code: '55000',
    });
    await expect(database.query('truncate audit_log')).rejects.toMatchObject({ code: '55000' });
    const [row] = await database.query<{ action: string }>('select action from audit_log where id = $1', [
      id,
    ]);
    expect(row?.action).toBe('test.entry.create');
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, checked: 1 });
  });

  it('detects an entry edited behind the trigger’s back: hash_mismatch at that entry', async () => {
    const ids = await appendEntries(database, 5);
    expect((await verifyAuditChain(database.db)).intact).toBe(true);
    await bypassingTrigger(
      database,
      sql`update audit_log set after = ${JSON.stringify({ n: 3, tag: 'forged' })}::jsonb where id = ${ids[2]}`,
    );
    expect(await verifyAuditChain(database.db)).toEqual({
      intact: false,
      checked: 2,
      firstBrokenId: ids[2],
      reason: 'hash_mismatch',
    });
  });

  it('detects an entry deleted behind the trigger’s back: link_broken at the entry after it', async () => {
    const ids = await appendEntries(database, 5);
    await bypassingTrigger(database, sql`delete from audit_log where id = ${ids[2]}`);
    expect(await verifyAuditChain(database.db)).toEqual({
      intact: false,
      checked: 2,
      firstBrokenId: ids[3],
      reason: 'link_broken',
    });
  });

  it('rolls back a write that records no audit entry, with everything it inserted, and throws', async () => {
    await expect(
      runWrite(depsOf(database), systemContext('t'), async (w) => {
        await w.emit('test.unaudited', { x: 1 });
        await w.enqueue('test.unaudited', { x: 1 });
        await w.tx.execute(sql`insert into job_schedules (name, every_seconds, next_run_at)
          values ('test.unaudited', 60, now())`);
        return 'done';
      }),
    ).rejects.toThrow(/recorded no audit entry/);
    const [left] = await database.query<{ events: number; jobs: number; schedules: number }>(
      `select (select count(*)::int from outbox_events) as events, (select count(*)::int from jobs) as jobs,
              (select count(*)::int from job_schedules) as schedules`,
    );
    expect(left).toEqual({ events: 0, jobs: 0, schedules: 0 });
  });

  it('rolls back the audit entry of a write that throws, and the next entry links to the last committed one', async () => {
    const [first] = await appendEntries(database, 1, 'kept');
    const failure = new Error('the service failed after auditing');
    await expect(
      runWrite(depsOf(database), systemContext('t'), async (w) => {
        await w.audit({ action: 'test.entry.create', entityType: 'test_entry', entityId: 'lost-1' });
        await w.emit('test.lost', {});
        throw failure;
      }),
    ).rejects.toBe(failure);
    await appendEntries(database, 1, 'next');
    const rows = await chain(database);
    expect(rows.map((row) => row.entity_id)).toEqual(['kept-1', 'next-1']);
    expect(rows[0]?.id).toBe(first);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(await database.query('select id from outbox_events')).toEqual([]);
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, checked: 2 });
  });
});

const ROOT = path.resolve(import.meta.dirname, '../../../..');

/** Runs `node bin/weijian.js …` on the embedded database in `dataDir`. */
function cli(
  args: string[],
  dataDir: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/weijian.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('weijian audit verify', () => {
  it.skipIf(!!process.env.TEST_DATABASE_URL)(
    'exits 0 saying "intact" on an untouched trail, and 1 naming the first broken entry after tampering',
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'wj-audit-cli-'));
      try {
        // Equivalent to `weijian migrate` on an empty DATA_DIR (test/cli.test.ts covers that command),
        // without paying for initdb in a child process: a copy of a migrated data directory.
        renameSync(await createMigratedPgliteDir(), path.join(dataDir, 'pg'));

        let embedded = await openDatabase({ dataDir: path.join(dataDir, 'pg') });
        const ids = await appendEntries(embedded, 3, 'cli');
        await embedded.close();

        const intact = await cli(['audit', 'verify'], dataDir);
        expect(intact.code, intact.stderr).toBe(0);
        expect(intact.stdout).toContain('intact');
        expect(intact.stdout).toContain('3 entries');

        embedded = await openDatabase({ dataDir: path.join(dataDir, 'pg') });
        await bypassingTrigger(embedded, sql`update audit_log set entity_id = 'forged' where id = ${ids[1]}`);
        await embedded.close();

        const broken = await cli(['audit', 'verify'], dataDir);
        expect(broken.code).toBe(1);
        expect(broken.stderr).toContain(`BROKEN at entry ${ids[1]} (hash_mismatch)`);
        expect(broken.stdout).not.toContain('intact');
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
