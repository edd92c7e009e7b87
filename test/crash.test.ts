import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/server/platform/audit/verify.js';
import { systemContext } from '../src/server/platform/context.js';
import { type Database, openDatabase } from '../src/server/platform/db/client.js';
import { type DomainEvent, EventBus } from '../src/server/platform/events/bus.js';
import { runWrite } from '../src/server/platform/write.js';
import { createMigratedPgliteDir, dbKind, openIsolatedDatabase } from './harness.js';

// "Kill the process mid-transaction: nothing is half-written, and the outbox delivers after restart."
const ROOT = path.resolve(import.meta.dirname, '..');
const TOPIC = 'test.crash.department-created';

interface Target {
  /** Opens the database again, as a restarted process would. */
  reopen: () => Promise<Database>;
  env: Record<string, string>;
  dispose: () => Promise<void>;
}

/** A migrated database of this test alone, closed, so that the child process can open it. */
async function prepareTarget(): Promise<Target> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const isolated = await openIsolatedDatabase();
    const schema = isolated.schema ?? '';
    return {
      reopen: () => openDatabase({ url, schema, poolSize: 2 }),
      env: { WJ_CRASH_DATABASE_URL: url, WJ_CRASH_SCHEMA: schema },
      dispose: () => isolated.close(),
    };
  }
  // PGlite admits one process per data directory: the child gets this one alone, closed.
  const dataDir = await createMigratedPgliteDir();
  return {
    reopen: () => openDatabase({ dataDir }),
    env: { WJ_CRASH_DATA_DIR: dataDir },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** Runs the child until it reports `signal`, then SIGKILLs it and waits for it to be gone. */
function runAndKill(mode: string, signal: string, env: Record<string, string>) {
  return new Promise<{ received: unknown; code: number | null; killedBy: NodeJS.Signals | null }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'test/crash-child.ts'), mode],
        {
          cwd: ROOT,
          env: { ...process.env, ...env },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        },
      );
      let received: unknown = null;
      child.on('message', (message) => {
        received = message;
        if (message === signal) child.kill('SIGKILL');
      });
      child.on('error', reject);
      child.on('exit', (code, killedBy) => resolve({ received, code, killedBy }));
    },
  );
}

async function runScenario(mode: 'mid-transaction' | 'after-commit', signal: string) {
  const target = await prepareTarget();
  const tag = randomBytes(4).toString('hex');
  const departmentId = randomUUID();
  const child = await runAndKill(mode, signal, {
    ...target.env,
    WJ_CRASH_TAG: tag,
    WJ_CRASH_DEPARTMENT_ID: departmentId,
    WJ_CRASH_TOPIC: TOPIC,
  });
  expect(child).toEqual({ received: signal, code: null, killedBy: 'SIGKILL' });
  return { ...target, tag, departmentId };
}

/** What the killed write left behind, found by its own keys. */
async function leftovers(database: Database, departmentId: string, tag: string) {
  const [row] = await database.query<{
    jurisdictions: number;
    departments: number;
    audit: number;
    events: { id: number; dispatched: boolean; attempts: number }[] | null;
  }>(
    `select (select count(*)::int from jurisdictions where code = $2) as jurisdictions,
            (select count(*)::int from departments where id::text = $1) as departments,
            (select count(*)::int from audit_log where entity_id = $1) as audit,
            (select json_agg(json_build_object('id', id, 'dispatched', dispatched_at is not null,
                                               'attempts', attempts))
             from outbox_events where topic = $3 and payload->>'departmentId' = $1) as events`,
    [departmentId, `C${tag}`, TOPIC],
  );
  return row;
}

const appendAfterRestart = (database: Database) =>
  runWrite({ db: database.db, emailEnabled: false, afterCommit: () => {} }, systemContext('restart'), (w) =>
    w.audit({ action: 'test.restart', entityType: 'test' }),
  );

describe(`a process killed while writing (${dbKind})`, () => {
  it('leaves nothing half-written when killed mid-transaction, and the audit chain stays intact and writable', async () => {
    const { reopen, dispose, departmentId, tag } = await runScenario('mid-transaction', 'in-transaction');
    const database = await reopen();
    try {
      expect(await leftovers(database, departmentId, tag)).toEqual({
        jurisdictions: 0,
        departments: 0,
        audit: 0,
        events: null,
      });
      expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, checked: 0 });
      // The killed transaction's chain lock is gone: the next write commits and links from genesis.
      await appendAfterRestart(database);
      expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, checked: 1 });
    } finally {
      await database.close();
      await dispose();
    }
  });

  it('keeps a write committed before the kill, and the outbox delivers its event exactly once after restart', async () => {
    const { reopen, dispose, departmentId, tag } = await runScenario('after-commit', 'committed');
    const database = await reopen();
    try {
      const left = await leftovers(database, departmentId, tag);
      expect(left).toMatchObject({ jurisdictions: 1, departments: 1, audit: 1 });
      expect(left?.events).toEqual([{ id: expect.any(Number), dispatched: false, attempts: 0 }]);
      expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, checked: 1 });

      const bus = new EventBus(database.db, pino({ level: 'silent' }));
      const received: DomainEvent[] = [];
      bus.subscribe(TOPIC, 'recorder', async (event) => {
        received.push(event);
      });
      expect(await bus.dispatchPending()).toBe(1);
      expect(await bus.dispatchPending()).toBe(0);
      expect(received).toEqual([
        {
          id: left?.events?.[0]?.id,
          topic: TOPIC,
          payload: { departmentId },
          requestId: 'crash-after-commit',
        },
      ]);
      expect((await leftovers(database, departmentId, tag))?.events).toEqual([
        { id: left?.events?.[0]?.id, dispatched: true, attempts: 1 },
      ]);
    } finally {
      await database.close();
      await dispose();
    }
  });
});
