import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { jobSchedules, jobs } from './tables.js';

export type JobRow = typeof jobs.$inferSelect;

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** At most one queued or running job per (name, key). */
  singletonKey?: string;
}

export async function insertJob(tx: Db, name: string, payload: unknown, options: EnqueueOptions = {}) {
  await tx
    .insert(jobs)
    .values({
      name,
      payload: payload ?? {},
      runAt: options.runAt,
      maxAttempts: options.maxAttempts,
      singletonKey: options.singletonKey,
    })
    .onConflictDoNothing();
}

/**
 * Claims the next due job among `names` with FOR UPDATE SKIP LOCKED, so any number of workers on
 * one PostgreSQL share the queue without taking the same job twice. A job whose worker died is
 * claimable again once its lease (`locked_until`) has passed.
 */
export async function claimNextJob(db: Db, names: string[], leaseSeconds: number): Promise<JobRow | null> {
  if (names.length === 0) return null;
  const result = await db.execute(sql`
    update jobs set status = 'running', attempts = attempts + 1,
      locked_until = now() + ${leaseSeconds} * interval '1 second'
    where id = (
      select id from jobs
      where name in (${sql.join(
        names.map((n) => sql`${n}`),
        sql`, `,
      )})
        and ((status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now()))
      order by run_at, id
      for update skip locked
      limit 1)
    returning id`);
  const id = (result as { rows: { id: number }[] }).rows[0]?.id;
  if (id === undefined) return null;
  const [row] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.id, Number(id)));
  return row ?? null;
}

export async function completeJob(db: Db, id: number) {
  await db
    .update(jobs)
    .set({ status: 'done', finishedAt: sql`now()`, lockedUntil: null })
    .where(eq(jobs.id, id));
}

/** Retries with backoff (attempts² × 5 s) until max_attempts, then marks the job failed. */
export async function failJob(db: Db, job: JobRow, error: string) {
  const final = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      status: final ? 'failed' : 'queued',
      lastError: error.slice(0, 2000),
      lockedUntil: null,
      finishedAt: final ? sql`now()` : null,
      runAt: final ? job.runAt : sql`now() + ${job.attempts * job.attempts * 5} * interval '1 second'`,
    })
    .where(eq(jobs.id, job.id));
}

export async function upsertSchedule(db: Db, name: string, everySeconds: number, payload: unknown = {}) {
  await db
    .insert(jobSchedules)
    .values({ name, everySeconds, nextRunAt: sql`now()`, payload })
    .onConflictDoUpdate({ target: jobSchedules.name, set: { everySeconds, payload } });
}

/** Turns every schedule that is due into a queued job and moves it to its next time. */
export async function promoteDueSchedules(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(jobSchedules)
      .where(lte(jobSchedules.nextRunAt, sql`now()`))
      .for('update', { skipLocked: true });
    for (const schedule of due) {
      await insertJob(tx, schedule.name, schedule.payload, { singletonKey: 'schedule' });
      await tx
        .update(jobSchedules)
        .set({ nextRunAt: sql`now() + ${schedule.everySeconds} * interval '1 second'` })
        .where(and(eq(jobSchedules.name, schedule.name)));
    }
    return due.length;
  });
}

export async function findJob(db: Db, id: number): Promise<JobRow | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
}
