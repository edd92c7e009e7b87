import { DISPLAY_TIME_ZONE } from '../../app/format';

/** A licence is flagged when it has expired or expires within this many days. */
export const EXPIRY_WARNING_DAYS = 90;

export type ExpiryState =
  | { kind: 'none' }
  | { kind: 'expired'; days: number }
  | { kind: 'expiring'; days: number }
  | { kind: 'valid'; days: number };

const dayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date (`YYYY-MM-DD`) in China Standard Time. */
export function todayInShanghai(now: Date = new Date()): string {
  return dayFormatter.format(now);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (or the date part of an ISO instant); null if invalid. */
function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

/**
 * Classifies a licence validity end date against `today` (both calendar dates): expired when the end
 * date is before today, expiring when it is within EXPIRY_WARNING_DAYS (the end date itself still valid).
 */
export function licenceExpiry(validTo: string | null | undefined, today: string): ExpiryState {
  if (!validTo) return { kind: 'none' };
  const end = dayNumber(validTo);
  const now = dayNumber(today);
  if (end === null || now === null) return { kind: 'none' };
  const days = end - now;
  if (days < 0) return { kind: 'expired', days: -days };
  if (days <= EXPIRY_WARNING_DAYS) return { kind: 'expiring', days };
  return { kind: 'valid', days };
}

/** The date part of a date or ISO instant, for display. */
export function dateOnly(value: string | null | undefined): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? value;
}
