/**
 * Helpers of the dashboard's bars (plain CSS bars: no chart library). A bar's length is its share
 * of the largest value; a non-zero value always gets a sliver so that it stays visible and clickable.
 */
export const MIN_VISIBLE_PERCENT = 2;

export function barPercent(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  const percent = (Math.min(value, max) / max) * 100;
  return Math.max(MIN_VISIBLE_PERCENT, Math.round(percent * 10) / 10);
}

/** The largest of `values` (0 for none). */
export function maxOf(values: readonly number[]): number {
  return values.reduce((m, v) => (v > m ? v : m), 0);
}

/** The stacked segments of a week's bar (high, medium, low) as percentages of the tallest week. */
export function stackPercents(
  week: { high: number; medium: number; low: number },
  max: number,
): { high: number; medium: number; low: number } {
  if (!(max > 0)) return { high: 0, medium: 0, low: 0 };
  const scale = (v: number) => Math.round((Math.max(0, v) / max) * 1000) / 10;
  return { high: scale(week.high), medium: scale(week.medium), low: scale(week.low) };
}

/** `YYYY-MM-DD` plus `days` (calendar arithmetic in UTC, so no time zone moves the date). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const at = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The service-date range of a week starting on `monday`, clipped to the dashboard's [from, to]. */
export function weekRange(monday: string, from?: string, to?: string): { from: string; to: string } {
  let start = monday;
  let end = addDays(monday, 6);
  if (from && from > start) start = from;
  if (to && to < end) end = to;
  return { from: start, to: end };
}

/** `2026-11-16` → `11-16` (the week's label under its bar). */
export function shortDate(date: string): string {
  return date.length >= 10 ? date.slice(5, 10) : date;
}
