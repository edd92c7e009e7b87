import { computeClockDeadline, computeClockRemaining } from './clock.js';
import type { Clock, Deadline, Remaining } from './clock.js';
import { advanceDays, countDays, rollToWorkingDay } from './counting.js';
import { assertDayCount, isWeekend, toDayNumber, toIsoDate, yearOf } from './dates.js';
import type { HolidayRow } from './holiday-csv.js';

export interface CalendarOptions {
  /**
   * Years the rows fully describe. Default: every year Y whose `Y-01-01` is listed `off`. 元旦 is a
   * statutory holiday every year, so each yearly notice lists it; a year that only has stray rows
   * (e.g. a late-December 调休 day filed under the next year's notice) therefore stays uncovered.
   */
  readonly coveredYears?: readonly number[];
}

export interface CalendarDaysOptions {
  /** Apply 《民法典》第二百零三条 (last day on a rest day → next working day). Default true. */
  readonly rollOverRestDay?: boolean;
}

export interface WorkingCalendar {
  /** Years with holiday data, ascending; any other year throws {@link CalendarCoverageError}. */
  readonly coveredYears: readonly number[];
  /**
   * Whether `date` is a working day. 《行政处罚法》第八十五条 counts its 二日/三日/五日/七日 in working
   * days (不含法定节假日); the holidays and 调休 come from the yearly 国务院办公厅 notice.
   */
  isWorkingDay(date: string): boolean;
  /**
   * The `n`th working day after `start` (start itself is not counted, 《民法典》第二百零一条), for
   * working-day periods under 《行政处罚法》第八十五条 such as 第六十四条's 五日 to request a hearing.
   */
  addWorkingDays(start: string, n: number): string;
  /**
   * `start` plus `n` calendar days, for calendar periods such as 《行政处罚法》第六十七条's 十五日; a last
   * day on a rest day moves to the next working day (《民法典》第二百零三条, 《民事诉讼法》第八十五条:
   * 以法定休假日后的第一日为期间届满的日期). With `rollOverRestDay: false` no holiday data is needed.
   */
  addCalendarDays(start: string, n: number, options?: CalendarDaysOptions): string;
  /**
   * Working days in (a, b], the count behind 《行政处罚法》第八十五条 periods; negated when b is before
   * a, so workingDaysBetween(a, addWorkingDays(a, n)) === n and swapping the dates flips the sign.
   */
  workingDaysBetween(a: string, b: string): number;
  /** See {@link computeClockDeadline}: a suspendable period's deadline (e.g. 《行政处罚法》第六十条). */
  computeDeadline(clock: Clock): Deadline;
  /** See {@link computeClockRemaining}: days left on a suspendable period as of `today`. */
  remainingDays(clock: Clock, today: string): Remaining;
}

/** Thrown when a date's year has no holiday data: the answer is unknown, so we refuse to guess. */
export class CalendarCoverageError extends Error {
  constructor(
    readonly year: number,
    date: string,
    coveredYears: readonly number[],
  ) {
    super(
      `No holiday data for ${year}, so whether ${date} is a working day is unknown ` +
        `(covered years: ${coveredYears.join(', ') || 'none'}). Add the ${year} rows from ` +
        `国务院办公厅关于${year}年部分节假日安排的通知 to src/shared/calendar/holidays-cn.csv, ` +
        'then run `npx tsx scripts/gen-holidays.ts`.',
    );
    this.name = 'CalendarCoverageError';
  }
}

/**
 * Builds the working-day calendar from holiday rows (as parsed by `parseHolidayCsv`). Rule, per the
 * State Council notices: a date is a working day if it is Monday–Friday and not listed `off`, or it
 * is listed `workday`. Dates outside the covered years throw {@link CalendarCoverageError} rather
 * than fall back to Monday–Friday, because a guessed holiday would give a wrong statutory deadline.
 */
export function createWorkingCalendar(
  rows: readonly HolidayRow[],
  options: CalendarOptions = {},
): WorkingCalendar {
  const kinds = new Map(rows.map((row) => [toDayNumber(row.date), row.kind]));
  const coveredYears = [...(options.coveredYears ?? deriveCoveredYears(rows))].sort((x, y) => x - y);
  for (const year of coveredYears) {
    if (!Number.isSafeInteger(year)) throw new RangeError(`Invalid covered year ${String(year)}`);
  }
  const covered = new Set(coveredYears);

  const isWorking = (day: number): boolean => {
    const year = yearOf(day);
    if (!covered.has(year)) throw new CalendarCoverageError(year, toIsoDate(day), coveredYears);
    const kind = kinds.get(day);
    return kind === undefined ? !isWeekend(day) : kind === 'workday';
  };

  return {
    coveredYears,
    isWorkingDay: (date) => isWorking(toDayNumber(date)),
    addWorkingDays: (start, n) => {
      assertDayCount(n, 'working-day count');
      return toIsoDate(advanceDays(isWorking, 'working', toDayNumber(start), n));
    },
    addCalendarDays: (start, n, { rollOverRestDay = true } = {}) => {
      assertDayCount(n, 'calendar-day count');
      const end = toDayNumber(start) + n;
      return toIsoDate(rollOverRestDay ? rollToWorkingDay(isWorking, end) : end);
    },
    workingDaysBetween: (a, b) => {
      const [from, to] = [toDayNumber(a), toDayNumber(b)];
      return from <= to
        ? countDays(isWorking, 'working', from, to)
        : 0 - countDays(isWorking, 'working', to, from); // 0 - x, not -x: never return -0
    },
    computeDeadline: (clock) => computeClockDeadline(isWorking, clock),
    remainingDays: (clock, today) => computeClockRemaining(isWorking, clock, today),
  };
}

function deriveCoveredYears(rows: readonly HolidayRow[]): number[] {
  return rows
    .filter((row) => row.kind === 'off' && row.date.endsWith('-01-01'))
    .map((row) => yearOf(toDayNumber(row.date)));
}
