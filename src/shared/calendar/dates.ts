/**
 * ISO `YYYY-MM-DD` dates as whole day numbers (days since 1970-01-01, UTC).
 * The public API only speaks ISO strings; day numbers keep the arithmetic exact and free of
 * time zones and daylight saving, which a local-time `Date` would drag in.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Whether a day number falls on a Saturday or a Sunday. */
export function isWeekend(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/**
 * Parses an ISO `YYYY-MM-DD` string into a day number. Throws a RangeError naming the value for
 * anything else, including impossible dates such as `2025-02-29` that `Date.UTC` would roll over.
 */
export function toDayNumber(value: string): number {
  const match = ISO_DATE.exec(value);
  if (match === null) {
    throw new RangeError(`Invalid date "${value}": expected an ISO date YYYY-MM-DD`);
  }
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC maps years 0–99 to 1900–1999, so compare the round trip as text.
  if (toIsoDate(ms / MS_PER_DAY) !== value) {
    throw new RangeError(`Invalid date "${value}": not a real calendar day`);
  }
  return ms / MS_PER_DAY;
}

/** Formats a day number back into an ISO `YYYY-MM-DD` string. */
export function toIsoDate(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${dayOfMonth}`;
}

/** The calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Throws a RangeError unless `n` is a whole, non-negative, safe number of days. */
export function assertDayCount(n: number, label: string): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Invalid ${label} ${String(n)}: expected a whole number of days ≥ 0`);
  }
}
