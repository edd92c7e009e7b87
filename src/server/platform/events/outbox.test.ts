import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type IsolatedDatabase, openIsolatedDatabase } from '../../../../test/harness.js';
import { systemContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { insertJob } from '../jobs/store.js';
import { runWrite, type WriteDeps } from '../write.js';
import { type DomainEvent, EventBus } from './bus.js';
import { MAX_DISPATCH_ATTEMPTS } from './store.js';

// This file owns its database: other test files' apps dispatch every pending event of theirs.
let database: IsolatedDatabase;
let bus: EventBus;
beforeAll(async () => {
  database = await openIsolatedDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.execScript('truncate outbox_events, jobs restart identity');
  bus = new EventBus(database.db, pino({ level: 'silent' }));
});

const deps = (): WriteDeps => ({ db: database.db, emailEnabled: false, afterCommit: () => {} });

/** A committed write that emits one event on `topic`. */
const emitCommitted = (topic: string, payload: unknown) =>
  runWrite(deps(), systemContext('req-outbox'), async (w) => {
    await w.emit(topic, payload);
    await w.audit({ action: 'test.event.emit', entityType: 'test' });
  });

interface OutboxState {
  id: number;
  dispatched: boolean;
  attempts: number;
  last_error: string | null;
  available_in_future: boolean;
}

const outbox = (topic: string) =>
  database.query<OutboxState>(
    `select id, dispatched_at is not null as dispatched, attempts, last_error,
            available_at > now() as available_in_future
     from outbox_events where topic = $1 order by id`,
    [topic],
  );

const jobsNamed = (name: string) =>
  database.query<{ id: number; xmin: string }>('select id, xmin::text as xmin from jobs where name = $1', [
    name,
  ]);

/** A subscriber that records what it received and, through the dispatch transaction, writes a job. */
function recorder(sideEffectJob?: string) {
  const received: DomainEvent[] = [];
  const handle = async (event: DomainEvent, tx: Tx) => {
    received.push(event);
    if (sideEffectJob) await insertJob(tx, sideEffectJob, { eventId: event.id });
  };
  return { received, handle };
}

describe('the transactional outbox', () => {
  it('delivers an event emitted in a committed write once to its subscriber and marks it dispatched', async () => {
    const sub = recorder();
    bus.subscribe('test.case.created', 'recorder', sub.handle);
    await emitCommitted('test.case.created', { caseId: 'c-1', n: 1 });
    const [pending] = await outbox('test.case.created');
    expect(pending).toMatchObject({ dispatched: false, attempts: 0 });

    expect(await bus.dispatchPending()).toBe(1);
    expect(sub.received).toEqual([
      {
        id: pending?.id,
        topic: 'test.case.created',
        payload: { caseId: 'c-1', n: 1 },
        requestId: 'req-outbox',
      },
    ]);
    expect(await outbox('test.case.created')).toEqual([
      { id: pending?.id, dispatched: true, attempts: 1, last_error: null, available_in_future: false },
    ]);
  });

  it('never delivers an event emitted in a write that rolled back', async () => {
    const sub = recorder();
    bus.subscribe('test.case.created', 'recorder', sub.handle);
    await expect(
      runWrite(deps(), systemContext('t'), async (w) => {
        await w.emit('test.case.created', { caseId: 'c-2' });
        await w.audit({ action: 'test.event.emit', entityType: 'test' });
        throw new Error('rolled back after emitting');
      }),
    ).rejects.toThrow('rolled back after emitting');
    expect(await bus.dispatchPending()).toBe(0);
    expect(sub.received).toEqual([]);
    expect(await outbox('test.case.created')).toEqual([]);
  });

  it('keeps the event pending with attempts=1, the error and a later retry time when a subscriber throws, and rolls back the subscriber’s writes', async () => {
    const writer = recorder('test.side-effect');
    bus.subscribe('test.case.closed', 'writer', writer.handle);
    bus.subscribe('test.case.closed', 'thrower', async () => {
      throw new Error('subscriber exploded');
    });
    await emitCommitted('test.case.closed', { caseId: 'c-3' });

    expect(await bus.dispatchPending()).toBe(0);
    expect(writer.received).toHaveLength(1);
    expect(await outbox('test.case.closed')).toMatchObject([
      { dispatched: false, attempts: 1, last_error: 'subscriber exploded', available_in_future: true },
    ]);
    expect(await jobsNamed('test.side-effect')).toEqual([]);
    // Not due yet: an immediate second pass leaves it alone.
    expect(await bus.dispatchPending()).toBe(0);
    expect(writer.received).toHaveLength(1);
  });

  it('delivers a failed event on a later pass once it is due, counting both attempts', async () => {
    let failures = 1;
    const sub = recorder();
    bus.subscribe('test.flaky', 'flaky', async (event, tx) => {
      if (failures-- > 0) throw new Error('first delivery fails');
      await sub.handle(event, tx);
    });
    await emitCommitted('test.flaky', {});
    expect(await bus.dispatchPending()).toBe(0);
    await database.query("update outbox_events set available_at = now() - interval '1 second'");
    expect(await bus.dispatchPending()).toBe(1);
    expect(sub.received).toHaveLength(1);
    expect(await outbox('test.flaky')).toMatchObject([
      { dispatched: true, attempts: 2, last_error: 'first delivery fails' },
    ]);
  });

  it('does nothing on a second dispatch of an event already delivered', async () => {
    const sub = recorder('test.side-effect');
    bus.subscribe('test.case.created', 'recorder', sub.handle);
    await emitCommitted('test.case.created', {});
    expect(await bus.dispatchPending()).toBe(1);
    expect(await bus.dispatchPending()).toBe(0);
    // Even a second bus, as another worker would run, finds nothing to deliver.
    const other = new EventBus(database.db, pino({ level: 'silent' }));
    other.subscribe('test.case.created', 'recorder', sub.handle);
    expect(await other.dispatchPending()).toBe(0);
    expect(sub.received).toHaveLength(1);
    expect(await jobsNamed('test.side-effect')).toHaveLength(1);
    expect(await outbox('test.case.created')).toMatchObject([{ dispatched: true, attempts: 1 }]);
  });

  it('commits a subscriber’s writes in the same transaction as the delivery mark', async () => {
    const sub = recorder('test.side-effect');
    bus.subscribe('test.case.created', 'recorder', sub.handle);
    await emitCommitted('test.case.created', {});
    expect(await bus.dispatchPending()).toBe(1);
    const [job] = await jobsNamed('test.side-effect');
    const [event] = await database.query<{ xmin: string }>(
      "select xmin::text as xmin from outbox_events where topic = 'test.case.created'",
    );
    // Rows written by one transaction carry its id in xmin: the job and the mark committed together.
    expect(job?.xmin).toBeDefined();
    expect(job?.xmin).toBe(event?.xmin);
  });

  it('marks an event without subscribers dispatched, and gives up on one after the maximum attempts', async () => {
    await emitCommitted('test.nobody.listens', {});
    await emitCommitted('test.poison', {});
    await database.query('update outbox_events set attempts = $1 where topic = $2', [
      MAX_DISPATCH_ATTEMPTS,
      'test.poison',
    ]);
    const sub = recorder();
    bus.subscribe('test.poison', 'recorder', sub.handle);
    expect(await bus.dispatchPending()).toBe(1);
    expect(await outbox('test.nobody.listens')).toMatchObject([{ dispatched: true }]);
    expect(await outbox('test.poison')).toMatchObject([{ dispatched: false }]);
    expect(sub.received).toEqual([]);
  });
});
