import type { Db } from '../db/client.js';
import { GENESIS_HASH, hashEntry } from './hash.js';
import { listAuditPage } from './store.js';

export interface VerifyResult {
  intact: boolean;
  checked: number;
  firstBrokenId: number | null;
  reason: 'hash_mismatch' | 'link_broken' | null;
}

/**
 * Walks the whole audit trail in id order, recomputing every hash and checking every link.
 * Reports the first entry that was edited (its hash no longer matches) or whose predecessor was
 * removed or replaced (its link no longer matches).
 */
export async function verifyAuditChain(db: Db, pageSize = 2000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await listAuditPage(db, lastId, pageSize);
    if (rows.length === 0) return { intact: true, checked, firstBrokenId: null, reason: null };
    for (const row of rows) {
      if (row.prevHash !== prev)
        return { intact: false, checked, firstBrokenId: row.id, reason: 'link_broken' };
      const { id: _id, hash, prevHash, ...fields } = row;
      if (hashEntry(prevHash, fields) !== hash) {
        return { intact: false, checked, firstBrokenId: row.id, reason: 'hash_mismatch' };
      }
      prev = hash;
      lastId = row.id;
      checked += 1;
    }
  }
}
