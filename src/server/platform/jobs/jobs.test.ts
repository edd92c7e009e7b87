import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type IsolatedDatabase, openIsolatedDatabase } from '../../../../test/harness.js';
import { systemContext } from '../context.js';
import { type Database, openDatabase } from '../db/client.js';
import { EventBus } from '../events/bus.js';
import { runWrite } from '../write.js';
import { JobRunner } from './runner.js';
import type { EnqueueOptions } from './store.js';

const log = pino({ level: 'silent' });
const OPTIONS = { pollMs: 60_000, leaseSeconds: 300 };

// This file owns its database: other test files' runners promote every schedule of theirs.
let database: IsolatedDatabase;
let runner: JobRunner;
beforeAll(async () => {
  database = await openIsolatedDatabase({ poolSize: 6 });
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.execScript('truncate jobs, job_schedules restart identity');
  runner = new JobRunner(database.db, new EventBus(database.db, log), log, OPTIONS);
});
afterEach(() => runner.stop());

const enqueue = (name: string, payload: unknown, options?: EnqueueOptions) =>
  runWrite({ db: database.db, emailEnabled: false, afterCommit: () => {} }, systemContext('t'), async (w) => {
    await w.enqueue(name, payload, options);
    await w.audit({ action: 'test.job.enqueue', entityType: 'job' });
  });

interface JobState {
  id: number;
  status: string;
  attempts: number;
  last_error: string | null;
  due: boolean;
  locked: boolean;
  finished: boolean;
}

const jobsNamed = (name: string) =>
  database.query<JobState>(
    `select id, status, attempts, last_error, run_at <= now() as due,
            locked_until is not null as locked, finished_at is not null as finished
     from jobs where name = $1 order by id`,
    [name],
  );

const makeDue = (name: string) =>
  database.query("update jobs set run_at = now() - interval '1 second' where name = $1", [name]);

describe('the job queue', () => {
  it('runs a job enqueued in a write on the next tick and marks it done', async () => {
    const calls: unknown[] = [];
    runner.register('test.ok', async (payload, job) => {
      calls.push({ payload, attempts: job.attempts });
    });
    await enqueue('test.ok', { n: 1 });
    expect(await jobsNamed('test.ok')).toMatchObject([{ status: 'queued', attempts: 0 }]);
    expect(await runner.tick()).toBe(1);
    expect(calls).toEqual([{ payload: { n: 1 }, attempts: 1 }]);
    expect(await jobsNamed('test.ok')).toMatchObject([
      { status: 'done', attempts: 1, locked: false, finished: true, last_error: null },
    ]);
    expect(await runner.tick()).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('retries a failing job later with backoff, then marks it failed after max_attempts', async () => {
    let calls = 0;
    runner.register('test.broken', async () => {
      calls += 1;
      throw new Error(`broken #${calls}`);
    });
    await enqueue('test.broken', {}, { maxAttempts: 3 });

    expect(await runner.tick()).toBe(1);
    expect(calls).toBe(1);
    expect(await jobsNamed('test.broken')).toMatchObject([
      { status: 'queued', attempts: 1, due: false, locked: false, finished: false, last_error: 'broken #1' },
    ]);
    // Backed off: a tick now leaves it alone.
    expect(await runner.tick()).toBe(0);
    expect(calls).toBe(1);

    await makeDue('test.broken');
    await runner.tick();
    expect(await jobsNamed('test.broken')).toMatchObject([{ status: 'queued', attempts: 2, due: false }]);

    await makeDue('test.broken');
    await runner.tick();
    expect(calls).toBe(3);
    expect(await jobsNamed('test.broken')).toMatchObject([
      { status: 'failed', attempts: 3, locked: false, finished: true, last_error: 'broken #3' },
    ]);
    await makeDue('test.broken');
    expect(await runner.tick()).toBe(0);
    expect(calls).toBe(3);
  });

  it('claims again a job whose worker died once its lease has passed, but not while the lease holds', async () => {
    const ran: number[] = [];
    runner.register('test.orphan', async (_payload, job) => {
      ran.push(job.id);
    });
    const [dead] = await database.query<{ id: number }>(
      `insert into jobs (name, status, attempts, locked_until, run_at)
       values ('test.orphan', 'running', 1, now() - interval '1 minute', now() - interval '6 minutes')
       returning id`,
    );
    const [alive] = await database.query<{ id: number }>(
      `insert into jobs (name, status, attempts, locked_until, run_at)
       values ('test.orphan', 'running', 1, now() + interval '4 minutes', now() - interval '1 minute')
       returning id`,
    );
    expect(await runner.tick()).toBe(1);
    expect(ran).toEqual([dead?.id]);
    expect(await jobsNamed('test.orphan')).toMatchObject([
      { id: dead?.id, status: 'done', attempts: 2 },
      { id: alive?.id, status: 'running', attempts: 1, locked: true },
    ]);
  });

  it('keeps at most one queued job per name and singletonKey, and accepts a new one once it is done', async () => {
    runner.register('test.single', async () => {});
    await enqueue('test.single', { n: 1 }, { singletonKey: 'k' });
    await enqueue('test.single', { n: 2 }, { singletonKey: 'k' });
    await enqueue('test.single', { n: 3 }, { singletonKey: 'other' });
    await enqueue('test.single', { n: 4 });
    await enqueue('test.single', { n: 5 });
    const payloads = await database.query<{ payload: { n: number } }>(
      "select payload from jobs where name = 'test.single' order by id",
    );
    expect(payloads.map((row) => row.payload.n)).toEqual([1, 3, 4, 5]);

    await runner.tick();
    await enqueue('test.single', { n: 6 }, { singletonKey: 'k' });
    expect(await jobsNamed('test.single')).toMatchObject([
      { status: 'done' },
      { status: 'done' },
      { status: 'done' },
      { status: 'done' },
      { status: 'queued' },
    ]);
  });

  it('turns a due schedule into one queued job on start and moves next_run_at forward', async () => {
    runner.schedule('test.nightly', 3600);
    await runner.start();
    await runner.stop();
    expect(await jobsNamed('test.nightly')).toMatchObject([{ status: 'queued', attempts: 0 }]);
    const [schedule] = await database.query<{ every_seconds: number; seconds_ahead: number }>(
      `select every_seconds, extract(epoch from next_run_at - now())::int as seconds_ahead
       from job_schedules where name = 'test.nightly'`,
    );
    expect(schedule?.every_seconds).toBe(3600);
    expect(schedule?.seconds_ahead).toBeGreaterThan(3500);
    expect(schedule?.seconds_ahead).toBeLessThanOrEqual(3600);

    // Not due again yet, and a restart does not reset it: still one job.
    const restarted = new JobRunner(database.db, new EventBus(database.db, log), log, OPTIONS);
    restarted.schedule('test.nightly', 3600);
    await restarted.start();
    await restarted.stop();
    expect(await jobsNamed('test.nightly')).toHaveLength(1);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'runs each of 20 jobs exactly once when two runners on separate connections tick concurrently',
    async () => {
      const second: Database = await openDatabase({
        url: process.env.TEST_DATABASE_URL,
        schema: database.schema ?? undefined,
        poolSize: 6,
      });
      try {
        const runs = new Map<number, number>();
        const byRunner = [0, 0];
        const handler = (which: 0 | 1) => async (_payload: unknown, job: { id: number }) => {
          runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
          byRunner[which] = (byRunner[which] ?? 0) + 1;
          await sleep(5);
        };
        const other = new JobRunner(second.db, new EventBus(second.db, log), log, OPTIONS);
        runner.register('test.shared', handler(0));
        other.register('test.shared', handler(1));
        for (let i = 0; i < 20; i += 1) await enqueue('test.shared', { i });

        const [a, b] = await Promise.all([runner.tick(), other.tick()]);
        expect((a ?? 0) + (b ?? 0)).toBe(20);
        expect(runs.size).toBe(20);
        expect([...runs.values()].every((count) => count === 1)).toBe(true);
        expect((byRunner[0] ?? 0) > 0 && (byRunner[1] ?? 0) > 0).toBe(true);
        const states = await jobsNamed('test.shared');
        expect(states.every((job) => job.status === 'done' && job.attempts === 1)).toBe(true);
      } finally {
        await second.close();
      }
    },
  );
});
