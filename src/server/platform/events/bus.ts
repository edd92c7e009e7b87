import type { Logger } from 'pino';
import type { Db, Tx } from '../db/client.js';
import { claimEvent, listDueEventIds, markDispatched, markFailed } from './store.js';

export interface DomainEvent<P = unknown> {
  id: number;
  topic: string;
  payload: P;
  requestId: string | null;
}

/** A subscriber runs inside the dispatch transaction: its writes and "delivered" commit together. */
export type EventHandler = (event: DomainEvent, tx: Tx) => Promise<void>;

/**
 * Delivers outbox events to subscribers after the writing transaction committed. Delivery is
 * at-least-once across crashes (an event stays pending until its handlers' transaction commits),
 * so handlers must be idempotent.
 */
export class EventBus {
  private readonly handlers = new Map<string, { name: string; handle: EventHandler }[]>();

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  subscribe(topic: string, name: string, handle: EventHandler): void {
    const list = this.handlers.get(topic) ?? [];
    list.push({ name, handle });
    this.handlers.set(topic, list);
  }

  /** Dispatches what is due; returns how many events were delivered. */
  async dispatchPending(limit = 100): Promise<number> {
    let delivered = 0;
    for (const id of await listDueEventIds(this.db, limit)) {
      if (await this.dispatchOne(id)) delivered += 1;
    }
    return delivered;
  }

  private async dispatchOne(id: number): Promise<boolean> {
    try {
      return await this.db.transaction(async (tx) => {
        const row = await claimEvent(tx, id);
        if (!row) return false;
        const event: DomainEvent = {
          id: row.id,
          topic: row.topic,
          payload: row.payload,
          requestId: row.requestId,
        };
        for (const handler of this.handlers.get(row.topic) ?? []) await handler.handle(event, tx);
        await markDispatched(tx, id);
        return true;
      });
    } catch (error) {
      this.log.error({ err: error, eventId: id }, 'event handler failed; will retry');
      await markFailed(this.db, id, (error as Error).message);
      return false;
    }
  }
}
