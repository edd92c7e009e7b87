/** Calendar weeks (Monday–Sunday) for the dashboard. Pure: dates as `YYYY-MM-DD`. */

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const date = toDate(day);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  date.setUTCDate(date.getUTCDate() - weekday);
  return toDay(date);
}

/** The Mondays of every week that holds a day of [from, to], oldest first (at most 520). */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  if (from > to) return weeks;
  const date = toDate(mondayOf(from));
  while (toDay(date) <= to && weeks.length < 520) {
    weeks.push(toDay(date));
    date.setUTCDate(date.getUTCDate() + 7);
  }
  return weeks;
}

/** `days` days before `day`. */
export function daysBefore(day: string, days: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() - days);
  return toDay(date);
}
