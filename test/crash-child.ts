/**
 * The process that test/crash.test.ts kills. `node --import tsx test/crash-child.ts <mode>`:
 * - `mid-transaction`: opens a write (jurisdiction + department, audit entry, outbox event),
 *   reports 'in-transaction' and waits inside it for SIGKILL;
 * - `after-commit`: commits the same write (afterCommit does nothing, so nothing is delivered),
 *   reports 'committed' and waits for SIGKILL.
 * Env: WJ_CRASH_DATA_DIR (PGlite) or WJ_CRASH_DATABASE_URL + WJ_CRASH_SCHEMA (PostgreSQL),
 * WJ_CRASH_TAG (unique code), WJ_CRASH_DEPARTMENT_ID and WJ_CRASH_TOPIC (of the outbox event).
 */
import { insertDepartment, insertJurisdictions } from '../src/server/modules/identity/store.js';
import { systemContext } from '../src/server/platform/context.js';
import { openDatabase } from '../src/server/platform/db/client.js';
import { runWrite } from '../src/server/platform/write.js';

const mode = process.argv[2];
const {
  WJ_CRASH_DATA_DIR,
  WJ_CRASH_DATABASE_URL,
  WJ_CRASH_SCHEMA,
  WJ_CRASH_TAG,
  WJ_CRASH_DEPARTMENT_ID,
  WJ_CRASH_TOPIC,
} = process.env;

// Never outlive the test: a child that is not killed within a minute gives up on its own.
setTimeout(() => {
  console.error(`crash-child (${mode}): not killed within 60 s; exiting`);
  process.exit(3);
}, 60_000);
process.on('disconnect', () => process.exit(4));

const waitForever = () => new Promise<never>(() => {});

async function main() {
  if (
    (mode !== 'mid-transaction' && mode !== 'after-commit') ||
    !WJ_CRASH_TAG ||
    !WJ_CRASH_DEPARTMENT_ID ||
    !WJ_CRASH_TOPIC
  ) {
    throw new Error('usage: crash-child.ts mid-transaction|after-commit, with WJ_CRASH_* set');
  }
  if (!process.send) throw new Error('crash-child must be spawned with an IPC channel');
  const send = process.send.bind(process);
  const database = await openDatabase(
    WJ_CRASH_DATABASE_URL
      ? { url: WJ_CRASH_DATABASE_URL, schema: WJ_CRASH_SCHEMA, poolSize: 2 }
      : { dataDir: WJ_CRASH_DATA_DIR ?? null },
  );
  const code = `C${WJ_CRASH_TAG}`;
  const departmentId = WJ_CRASH_DEPARTMENT_ID;
  await runWrite(
    { db: database.db, emailEnabled: false, afterCommit: () => {} },
    systemContext(`crash-${mode}`),
    async (w) => {
      await insertJurisdictions(w.tx, [
        {
          code,
          name: `崩溃市${WJ_CRASH_TAG}`,
          nameEn: `Crash City ${WJ_CRASH_TAG}`,
          level: 'city',
          rootCode: code,
        },
      ]);
      await insertDepartment(w.tx, {
        id: departmentId,
        code: `CRASH-${WJ_CRASH_TAG}`,
        name: `崩溃测试部门${WJ_CRASH_TAG}`,
        nameEn: `Crash test department ${WJ_CRASH_TAG}`,
        kind: 'health_supervision',
        jurisdictionCode: code,
      });
      await w.audit({
        action: 'identity.department.create',
        entityType: 'department',
        entityId: departmentId,
        jurisdictionCode: code,
        after: { code: `CRASH-${WJ_CRASH_TAG}` },
      });
      await w.emit(WJ_CRASH_TOPIC, { departmentId });
      if (mode === 'mid-transaction') {
        send('in-transaction');
        await waitForever();
      }
    },
  );
  send('committed');
  await waitForever();
}

main().catch((error: unknown) => {
  console.error('crash-child failed:', error);
  process.exit(1);
});
