import { appendAudit, type AuditInput } from './audit/append.js';
import type { RequestContext } from './context.js';
import type { Db, Tx } from './db/client.js';
import { translateDbError } from './db/pg-errors.js';
import { insertEvent } from './events/store.js';
import { insertJob, type EnqueueOptions } from './jobs/store.js';
import { type NotificationInput, notifyUser } from './notifications/notify.js';

/** What a service gets inside a write: the transaction and the things that must commit with it. */
export interface Write {
  tx: Tx;
  ctx: RequestContext;
  audit(input: AuditInput): Promise<void>;
  /** Puts a domain event in the outbox; it is delivered after commit. */
  emit(topic: string, payload: unknown): Promise<void>;
  notify(input: NotificationInput): Promise<void>;
  enqueue(job: string, payload: unknown, options?: EnqueueOptions): Promise<void>;
}

export interface WriteDeps {
  db: Db;
  emailEnabled: boolean;
  /** Called after a commit, to deliver events and run queued jobs promptly. */
  afterCommit: () => void;
}

/**
 * Every write of the platform goes through here: one transaction for the change, its audit
 * entry, its outbox events, notifications and jobs. A write that records no audit entry is a
 * programming error and rolls back.
 */
export async function runWrite<T>(
  deps: WriteDeps,
  ctx: RequestContext,
  work: (w: Write) => Promise<T>,
): Promise<T> {
  let audited = false;
  try {
    const result = await deps.db.transaction(async (tx) => {
      const write: Write = {
        tx,
        ctx,
        audit: async (input) => {
          await appendAudit(tx, ctx, input);
          audited = true;
        },
        emit: (topic, payload) => insertEvent(tx, topic, payload, ctx.requestId),
        notify: async (input) => {
          await notifyUser(tx, input, deps.emailEnabled);
        },
        enqueue: (job, payload, options) => insertJob(tx, job, payload, options),
      };
      const value = await work(write);
      if (!audited)
        throw new Error('runWrite: the write recorded no audit entry; every write must be audited');
      return value;
    });
    deps.afterCommit();
    return result;
  } catch (error) {
    throw translateDbError(error);
  }
}

/** Records that a sensitive record was read (who, which, when), in its own small transaction. */
export async function auditRead(deps: WriteDeps, ctx: RequestContext, input: AuditInput): Promise<void> {
  await deps.db.transaction((tx) => appendAudit(tx, ctx, input));
}
