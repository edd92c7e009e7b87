import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import type { EventBus } from '../events/bus.js';
import {
  claimNextJob,
  completeJob,
  failJob,
  type JobRow,
  promoteDueSchedules,
  upsertSchedule,
} from './store.js';

export type JobHandler = (payload: unknown, job: { id: number; attempts: number }) => Promise<void>;

/**
 * The worker loop: delivers outbox events, turns due schedules into jobs and runs jobs. The same
 * code runs in the server process (PGlite or PostgreSQL) and in `weijian worker` processes
 * against PostgreSQL; all coordination is in the database, none in memory.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules: { name: string; everySeconds: number }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wakeRequested = false;

  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly options = { pollMs: 1000, leaseSeconds: 300 },
  ) {}

  register(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  schedule(name: string, everySeconds: number): void {
    this.schedules.push({ name, everySeconds });
  }

  async start(): Promise<void> {
    for (const { name, everySeconds } of this.schedules) await upsertSchedule(this.db, name, everySeconds);
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.wake();
  }

  /** Asks for a tick as soon as possible (after a commit that wrote events or jobs). */
  wake(): void {
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.running = this.tick()
      .then(() => undefined)
      .catch((error) => this.log.error({ err: error }, 'worker tick failed'))
      .finally(() => {
        this.running = null;
        if (this.wakeRequested) {
          this.wakeRequested = false;
          this.wake();
        }
      });
  }

  /** One pass: events, schedules, then jobs until none is due. Returns the number of jobs run. */
  async tick(): Promise<number> {
    await this.bus.dispatchPending();
    await promoteDueSchedules(this.db);
    let ran = 0;
    for (;;) {
      const job = await claimNextJob(this.db, [...this.handlers.keys()], this.options.leaseSeconds);
      if (!job) return ran;
      await this.runJob(job);
      ran += 1;
    }
  }

  private async runJob(job: JobRow) {
    const handler = this.handlers.get(job.name);
    try {
      if (!handler) throw new Error(`no handler registered for job ${job.name}`);
      await handler(job.payload, { id: job.id, attempts: job.attempts });
      await completeJob(this.db, job.id);
    } catch (error) {
      this.log.warn({ err: error, jobId: job.id, job: job.name, attempts: job.attempts }, 'job failed');
      await failJob(this.db, job, (error as Error).message);
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
