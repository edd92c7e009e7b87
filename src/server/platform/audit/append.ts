import type { RequestContext } from '../context.js';
import type { Db } from '../db/client.js';
import { GENESIS_HASH, hashEntry, toStoredJson, type ChainedFields } from './hash.js';
import { findLastHash, insertAuditRow, lockChain } from './store.js';

export interface AuditInput {
  /** `<module>.<entity>.<verb>`, e.g. `identity.user.create`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The jurisdiction the entity belongs to, so auditors see their own jurisdiction's entries. */
  jurisdictionCode?: string | null;
  before?: unknown;
  after?: unknown;
  /** Who acted, when the request has no session yet (a sign-in is done by the user signing in). */
  actor?: { id: string | null; name: string };
}

/**
 * Appends one entry to the hash-chained audit trail inside the caller's transaction. The chain is
 * serialised by an advisory transaction lock, so entries commit in the order they link.
 */
export async function appendAudit(tx: Db, ctx: RequestContext, input: AuditInput): Promise<void> {
  await lockChain(tx);
  const prevHash = (await findLastHash(tx)) ?? GENESIS_HASH;
  const fields: ChainedFields = {
    at: ctx.now(),
    actorId: input.actor ? input.actor.id : (ctx.actor?.userId ?? null),
    actorName:
      input.actor?.name ?? (ctx.actor ? `${ctx.actor.displayName} (${ctx.actor.username})` : 'system'),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    jurisdictionCode: input.jurisdictionCode ?? ctx.actor?.jurisdictionCode ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
    before: toStoredJson(input.before),
    after: toStoredJson(input.after),
  };
  await insertAuditRow(tx, { ...fields, prevHash, hash: hashEntry(prevHash, fields) });
}
