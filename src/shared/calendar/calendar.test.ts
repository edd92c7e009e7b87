import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, createWorkingCalendar, defaultCalendar, parseHolidayCsv } from './index.js';

// Expected values below were worked out by hand from holidays-cn.csv and a wall calendar,
// never by calling the code under test.
const cal = defaultCalendar;

describe('isWorkingDay', () => {
  it.each([
    ['2024-02-04', true, 'Sunday made a working day (春节调休)'],
    ['2024-02-09', true, '除夕 2024 is a Friday the notice only encourages as rest'],
    ['2024-02-12', false, 'Monday inside 春节'],
    ['2024-02-17', false, 'Saturday inside 春节'],
    ['2024-02-18', true, 'Sunday made a working day (春节调休)'],
    ['2024-06-08', false, 'ordinary Saturday before 端午 (与周末连休, not listed)'],
    ['2024-06-10', false, '端午 Monday'],
    ['2024-10-01', false, '国庆'],
    ['2024-10-02', false, '国庆'],
    ['2024-10-03', false, '国庆'],
    ['2024-10-04', false, '国庆'],
    ['2024-10-05', false, '国庆'],
    ['2024-10-06', false, '国庆'],
    ['2024-10-07', false, '国庆 (Monday)'],
    ['2024-10-08', true, 'first day back after 国庆'],
    ['2024-10-12', true, 'Saturday made a working day'],
    ['2024-10-13', false, 'ordinary Sunday'],
    ['2025-01-01', false, '元旦 2025 alone, no 调休'],
    ['2025-01-02', true, 'ordinary Thursday'],
    ['2025-10-08', false, '8th day of the merged 国庆节、中秋节 break'],
    ['2025-10-09', true, 'first day back'],
    ['2025-10-11', true, 'Saturday made a working day'],
    ['2026-01-04', true, 'Sunday made a working day (元旦调休)'],
    ['2026-02-23', false, 'last day of the 9-day 春节 2026'],
    ['2026-02-24', true, 'first day back'],
    ['2026-02-28', true, 'Saturday made a working day'],
    ['2026-03-02', true, 'ordinary Monday'],
    ['2026-03-07', false, 'ordinary Saturday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(cal.isWorkingDay(date)).toBe(expected);
  });
});

describe('addWorkingDays (period starts the day after start)', () => {
  it.each([
    ['2025-09-30', 7, '2025-10-16', '国庆 2025: 10-09, 10-10, 10-11 (Sat), 10-13 … 10-16'],
    ['2025-09-26', 7, '2025-10-13', '国庆 2025: 09-28 (Sun), 09-29, 09-30, 10-09, 10-10, 10-11, 10-13'],
    ['2026-02-12', 7, '2026-02-28', '春节 2026: 02-13, 02-14 (Sat), 02-24 … 02-27, 02-28 (Sat)'],
    ['2026-02-13', 5, '2026-02-27', '春节 2026: 02-14 (Sat), 02-24 … 02-27'],
    ['2024-02-09', 1, '2024-02-18', '春节 2024: next working day is the 调休 Sunday'],
    ['2024-10-03', 2, '2024-10-09', 'start inside a holiday'],
    ['2025-12-31', 3, '2026-01-06', 'across the year end: 01-04 (Sun), 01-05, 01-06'],
    ['2024-12-31', 1, '2025-01-02', '元旦 2025 skipped'],
    ['2026-12-28', 3, '2026-12-31', 'last covered day'],
    ['2025-10-01', 0, '2025-10-01', 'n = 0 is the start itself'],
  ])('%s + %i working days → %s (%s)', (start, n, expected) => {
    expect(cal.addWorkingDays(start, n)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %s', (n) => {
    expect(() => cal.addWorkingDays('2025-03-03', n)).toThrow(RangeError);
  });
});

describe('addCalendarDays (民法典第二百零三条 roll-over)', () => {
  it.each([
    ['2024-09-16', 15, '2024-10-08', 'ends 10-01 (国庆) → first day after the break'],
    ['2025-09-22', 15, '2025-10-09', 'ends 10-07 (国庆节、中秋节) → 10-09'],
    ['2026-02-01', 15, '2026-02-24', 'ends 02-16 (春节) → 02-24'],
    ['2026-02-20', 15, '2026-03-09', 'ends on an ordinary Saturday → Monday'],
    ['2024-09-27', 15, '2024-10-12', 'ends on a 调休 Saturday, which is a working day: no move'],
    ['2025-03-03', 15, '2025-03-18', 'ends on an ordinary Tuesday'],
    ['2024-11-01', 90, '2025-02-05', '九十日 (第六十条) ends 01-30 in 春节 2025 → 02-05'],
  ])('%s + %i calendar days → %s (%s)', (start, n, expected) => {
    expect(cal.addCalendarDays(start, n)).toBe(expected);
  });

  it('keeps a rest-day last day when the roll-over is switched off', () => {
    expect(cal.addCalendarDays('2024-09-16', 15, { rollOverRestDay: false })).toBe('2024-10-01');
  });

  it('needs no holiday data without the roll-over', () => {
    expect(cal.addCalendarDays('2026-12-20', 15, { rollOverRestDay: false })).toBe('2027-01-04');
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-09-30', '2025-10-16', 7],
    ['2026-02-12', '2026-02-28', 7],
    ['2024-09-30', '2024-10-07', 0],
    ['2024-02-09', '2024-02-18', 1],
    ['2025-03-03', '2025-03-03', 0],
    ['2024-01-01', '2024-12-31', 251],
    ['2024-12-31', '2025-12-31', 248],
    ['2025-12-31', '2026-12-31', 248],
  ])('(%s, %s] has %i working days, and the reverse is negative', (a, b, expected) => {
    expect(cal.workingDaysBetween(a, b)).toBe(expected);
    expect(cal.workingDaysBetween(b, a)).toBe(0 - expected);
  });

  it.each([
    ['2024-02-01', 10],
    ['2024-09-25', 9],
    ['2025-01-20', 12],
    ['2026-09-18', 11],
  ])('inverts addWorkingDays from %s for every n up to %i', (start, max) => {
    for (let n = 0; n <= max; n += 1) {
      expect(cal.workingDaysBetween(start, cal.addWorkingDays(start, n))).toBe(n);
    }
  });
});

describe('coverage: an uncovered year is unknown, never Monday–Friday', () => {
  it.each([
    ['isWorkingDay 2027-03-01', () => cal.isWorkingDay('2027-03-01'), 2027],
    ['isWorkingDay 2023-12-29', () => cal.isWorkingDay('2023-12-29'), 2023],
    ['addWorkingDays into 2027', () => cal.addWorkingDays('2026-12-28', 4), 2027],
    ['addCalendarDays ending in 2027', () => cal.addCalendarDays('2026-12-20', 15), 2027],
    ['workingDaysBetween into 2027', () => cal.workingDaysBetween('2026-12-30', '2027-01-05'), 2027],
  ])('%s throws a CalendarCoverageError', (_label, run, year) => {
    expect(run).toThrow(CalendarCoverageError);
    expect(run).toThrow(new RegExp(`No holiday data for ${year}`));
    expect(run).toThrow(/holidays-cn\.csv.*npx tsx scripts\/gen-holidays\.ts/);
  });

  it('covers exactly 2024–2026', () => {
    expect(cal.coveredYears).toEqual([2024, 2025, 2026]);
  });

  it('derives coverage from 元旦 rows, so stray late-December rows do not cover their year', () => {
    const rows = parseHolidayCsv(
      'date,kind,name\n2018-12-29,workday,元旦\n2018-12-30,off,元旦\n2018-12-31,off,元旦\n2019-01-01,off,元旦\n',
    );
    const custom = createWorkingCalendar(rows);
    expect(custom.coveredYears).toEqual([2019]);
    expect(() => custom.isWorkingDay('2018-12-29')).toThrow(/No holiday data for 2018/);
  });

  it('accepts an explicit covered-year list', () => {
    const custom = createWorkingCalendar([], { coveredYears: [2030] });
    expect(custom.isWorkingDay('2030-01-01')).toBe(true);
    expect(() => custom.isWorkingDay('2029-12-31')).toThrow(CalendarCoverageError);
  });
});

describe('date validation', () => {
  it.each(['2024-2-4', '2025-02-29', '2024-02-30', '2024-13-01', '', '2024-02-04T00:00:00Z', '20240204'])(
    'rejects %j with a RangeError naming it',
    (value) => {
      expect(() => cal.isWorkingDay(value)).toThrow(RangeError);
      expect(() => cal.isWorkingDay(value)).toThrow(`"${value}"`);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(cal.isWorkingDay('2024-02-29')).toBe(true);
  });
});
