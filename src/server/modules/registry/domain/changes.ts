/** A timeline entry's changes: for each field that differs, its old and new value. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields whose values differ between `before` and `after` (arrays and objects compared by
 * value); `before` null means the record is new and every field is reported with `from: null`.
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before ? before[field] : null;
    if (!before || !same(from, to)) changes[field] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}

/** Today's date in the display zone (Asia/Shanghai), as `YYYY-MM-DD`. */
export const shanghaiDate = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
