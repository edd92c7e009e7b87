import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  jurisdictionCode: string | null;
  requestId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted at every depth, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Each entry's hash covers its own fields and the previous entry's hash: edit one, break the chain. */
export function hashEntry(prevHash: string, fields: ChainedFields): string {
  const body = canonicalJson({ ...fields, at: fields.at.toISOString(), prevHash });
  return createHash('sha256').update(body).digest('hex');
}

/** What the database will give back for a JSON value (Dates become strings, undefined disappears). */
export function toStoredJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
