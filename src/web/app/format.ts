export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Formats an ISO instant as `YYYY-MM-DD HH:mm:ss` in China Standard Time; empty input gives ''. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** True when `lockedUntil` is in the future. */
export function isLocked(lockedUntil: string | null | undefined, now: Date = new Date()): boolean {
  if (!lockedUntil) return false;
  const until = new Date(lockedUntil).getTime();
  return !Number.isNaN(until) && until > now.getTime();
}

/** Only same-origin, absolute-path links are followed inside the app. */
export function internalPath(link: string | null | undefined): string | null {
  if (!link?.startsWith('/') || link.startsWith('//')) return null;
  return link;
}
