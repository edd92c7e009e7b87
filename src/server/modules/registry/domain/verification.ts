/**
 * 医疗机构校验 (validation cycles), as pure functions over ISO dates (`YYYY-MM-DD`).
 *
 * - `institution.verification.cycle` (医疗机构管理条例 第二十二条): fewer than 100 beds → a period of
 *   1 year; 100 beds or more → 3 years.
 * - `institution.verification.apply` (医疗机构校验管理办法): apply 3 months before the period ends;
 *   after 暂缓校验 the next period is 1 year.
 *
 * Periods follow each other without gaps: the next starts the day after the previous one ends.
 */
import type { ValidationResult, VerificationState } from '../../../../shared/registry-filings.js';

export const VERIFICATION_RULES = {
  bedThreshold: 100,
  smallCycleYears: 1,
  largeCycleYears: 3,
  applyMonthsBefore: 3,
  afterDeferralYears: 1,
} as const;

export interface Period {
  periodStart: string;
  periodEnd: string;
  /** The last day to apply for validation: 3 months before the period ends. */
  applyBy: string;
}

export interface ValidationRecord extends Period {
  result: ValidationResult;
}

const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const format = (date: Date) =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const toDays = (iso: string) => {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / DAY;
};

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Calendar months later (or earlier, when negative); the 31st of a shorter month becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))));
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: string, b: string) => Math.round(toDays(b) - toDays(a));

/** The length of a validation period by beds (条例 第二十二条). */
export function cycleYears(beds: number): number {
  return beds >= VERIFICATION_RULES.bedThreshold
    ? VERIFICATION_RULES.largeCycleYears
    : VERIFICATION_RULES.smallCycleYears;
}

/** A period of `years` starting on `start`, with its application date. */
export function periodFrom(start: string, years: number): Period {
  const periodEnd = addDays(addMonths(start, 12 * years), -1);
  return {
    periodStart: start,
    periodEnd,
    applyBy: addMonths(periodEnd, -VERIFICATION_RULES.applyMonthsBefore),
  };
}

/** The period after a decided one: 1 year after 暂缓校验, otherwise the cycle for the beds. */
export function nextPeriod(decided: { periodEnd: string; result: ValidationResult }, beds: number): Period {
  const years = decided.result === 'deferred' ? VERIFICATION_RULES.afterDeferralYears : cycleYears(beds);
  return periodFrom(addDays(decided.periodEnd, 1), years);
}

/**
 * The open period of an institution: its pending record, else the period after its latest decided
 * one (not stored yet), else none. `history` in any order.
 */
export function openPeriod(history: readonly ValidationRecord[], beds: number): Period | null {
  const pending = history.find((r) => r.result === 'pending');
  if (pending) return pending;
  const latest = [...history].sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0];
  return latest ? nextPeriod(latest, beds) : null;
}

export interface Verification {
  state: VerificationState;
  /** The open period the state is about; null when there is none. */
  period: Period | null;
  /** Days until the period ends (negative when past). */
  daysLeft: number | null;
}

/**
 * Where the open period stands on `today`: `not_due` before its application date, `due` from the
 * application date through the period's last day, `overdue` after that without a result.
 */
export function verificationState(period: Period | null, today: string): Verification {
  if (!period) return { state: 'none', period: null, daysLeft: null };
  const daysLeft = daysBetween(today, period.periodEnd);
  if (today > period.periodEnd) return { state: 'overdue', period, daysLeft };
  if (today >= period.applyBy) return { state: 'due', period, daysLeft };
  return { state: 'not_due', period, daysLeft };
}
