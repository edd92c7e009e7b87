import { advanceDays, countDays, rollToWorkingDay } from './counting.js';
import type { DayType, WorkingDayTest } from './counting.js';
import { toDayNumber, toIsoDate } from './dates.js';

/**
 * A pause in a statutory period (e.g. 听证、检测检验、鉴定 time that is 不计入 the 90-day decision
 * period). `from` and `to` are both suspended days; counting resumes the day after `to`.
 * No `to` means the pause is still open.
 */
export interface Suspension {
  readonly from: string;
  readonly to?: string;
}

export interface Clock {
  /** The day the period runs from; it is not counted itself (《民法典》第二百零一条). */
  readonly start: string;
  /** Period length in days of `dayType`; at least 1. */
  readonly length: number;
  readonly dayType: DayType;
  readonly suspensions?: readonly Suspension[];
  /** Calendar clocks only: move a rest-day deadline to the next working day. Default true. */
  readonly rollOverRestDay?: boolean;
}

export type Deadline =
  | { readonly state: 'running'; readonly deadline: string }
  /** An open suspension: the deadline is unknown; `remaining` days of `dayType` are left when it ends. */
  | { readonly state: 'suspended'; readonly since: string; readonly remaining: number };

export type Remaining =
  | { readonly state: 'running'; readonly deadline: string; readonly remaining: number }
  /** Lateness is in calendar days: a Saturday after a Friday deadline is already late. */
  | { readonly state: 'overdue'; readonly deadline: string; readonly daysLate: number }
  | { readonly state: 'suspended'; readonly since: string; readonly remaining: number };

interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * The deadline of a suspendable period: suspended days that fall inside the running period are not
 * counted, so the deadline moves out by those days, counted in the clock's own day type (working days
 * for 《行政处罚法》第八十五条 periods, calendar days otherwise, e.g. 第六十条's 九十日). A calendar
 * deadline on a rest day moves to the next working day (《民法典》第二百零三条). A pause that starts
 * after the deadline changes nothing; an open pause inside the period yields `state: 'suspended'`.
 */
export function computeClockDeadline(isWorking: WorkingDayTest, clock: Clock): Deadline {
  const start = toDayNumber(clock.start);
  if (!Number.isSafeInteger(clock.length) || clock.length < 1) {
    throw new RangeError(`Invalid clock length ${String(clock.length)}: expected a whole number ≥ 1`);
  }
  let remaining = clock.length;
  let cursor = start;
  for (const span of normaliseSuspensions(clock)) {
    const available = countDays(isWorking, clock.dayType, cursor, span.from - 1);
    if (available >= remaining) break;
    remaining -= available;
    if (span.to === Number.POSITIVE_INFINITY) {
      return { state: 'suspended', since: toIsoDate(span.from), remaining };
    }
    cursor = Math.max(cursor, span.to);
  }
  const end = advanceDays(isWorking, clock.dayType, cursor, remaining);
  const roll = clock.dayType === 'calendar' && (clock.rollOverRestDay ?? true);
  return { state: 'running', deadline: toIsoDate(roll ? rollToWorkingDay(isWorking, end) : end) };
}

/**
 * Days of the clock's type left after `today` up to and including the deadline, skipping suspended
 * days, for reminders on the periods {@link computeClockDeadline} handles. Past the deadline it
 * reports calendar days late; with an open pause it reports the days left when the pause ends.
 */
export function computeClockRemaining(isWorking: WorkingDayTest, clock: Clock, today: string): Remaining {
  const result = computeClockDeadline(isWorking, clock);
  const start = toDayNumber(clock.start);
  const now = Math.max(toDayNumber(today), start);
  const spans = normaliseSuspensions(clock);
  const countActive = (a: number, b: number): number =>
    spans.reduce(
      (total, span) =>
        total - countDays(isWorking, clock.dayType, Math.max(a, span.from - 1), Math.min(b, span.to)),
      countDays(isWorking, clock.dayType, a, b),
    );
  if (result.state === 'suspended') {
    return { ...result, remaining: clock.length - countActive(start, now) };
  }
  const deadline = toDayNumber(result.deadline);
  if (now > deadline) return { state: 'overdue', deadline: result.deadline, daysLate: now - deadline };
  return { state: 'running', deadline: result.deadline, remaining: countActive(now, deadline) };
}

/** Parses and sorts the suspensions; rejects inverted, overlapping, or post-open pauses. */
function normaliseSuspensions(clock: Clock): Span[] {
  const spans = (clock.suspensions ?? []).map(toSpan).sort((x, y) => x.from - y.from);
  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    if (previous !== undefined && span.from <= previous.to) {
      throw new RangeError(`Suspension starting ${toIsoDate(span.from)} overlaps an earlier one`);
    }
  });
  return spans;
}

function toSpan({ from, to }: Suspension): Span {
  const span = { from: toDayNumber(from), to: to === undefined ? Number.POSITIVE_INFINITY : toDayNumber(to) };
  if (span.to < span.from) {
    throw new RangeError(`Invalid suspension ${from}..${String(to)}: it ends before it starts`);
  }
  return span;
}
