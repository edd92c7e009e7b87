export type DiffKind = 'added' | 'removed' | 'changed';

export interface DiffRow {
  key: string;
  kind: DiffKind;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Field-level differences between an audit entry's `before` and `after` snapshots.
 * Non-object snapshots are compared as a whole under the key "(value)".
 */
export function diffSnapshots(before: unknown, after: unknown): DiffRow[] {
  const b = before ?? null;
  const a = after ?? null;
  if (!isPlainObject(b) && !isPlainObject(a)) {
    if (same(b, a)) return [];
    return [
      {
        key: '(value)',
        kind: b === null ? 'added' : a === null ? 'removed' : 'changed',
        before: b,
        after: a,
      },
    ];
  }
  const left = isPlainObject(b) ? b : {};
  const right = isPlainObject(a) ? a : {};
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  const rows: DiffRow[] = [];
  for (const key of keys) {
    const inLeft = Object.hasOwn(left, key);
    const inRight = Object.hasOwn(right, key);
    if (inLeft && inRight && same(left[key], right[key])) continue;
    rows.push({
      key,
      kind: !inLeft ? 'added' : !inRight ? 'removed' : 'changed',
      before: inLeft ? left[key] : undefined,
      after: inRight ? right[key] : undefined,
    });
  }
  return rows;
}

/** Compact JSON for a table cell; undefined renders as an empty string. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
