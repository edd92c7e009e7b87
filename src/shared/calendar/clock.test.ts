import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, defaultCalendar } from './index.js';
import type { Clock, Suspension } from './index.js';

// Expected values worked out by hand from holidays-cn.csv; see the comment on each row.
const cal = defaultCalendar;

function clock(
  start: string,
  length: number,
  dayType: Clock['dayType'],
  suspensions: Suspension[] = [],
): Clock {
  return { start, length, dayType, suspensions };
}

describe('computeDeadline', () => {
  it.each<[string, Clock, string]>([
    [
      '五日 hearing request, no pause: 09-28 (Sun), 09-29, 09-30, 10-09, 10-10',
      clock('2025-09-26', 5, 'working'),
      '2025-10-10',
    ],
    ['九十日 decision period ending in 春节 2025 → 02-05', clock('2024-11-01', 90, 'calendar'), '2025-02-05'],
    [
      'calendar pause of 5 days: 03-18 + 5 = 03-23 (Sun) → 03-24',
      clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-05', to: '2025-03-09' }]),
      '2025-03-24',
    ],
    [
      'two calendar pauses given out of order (3 + 2 days) → same as one 5-day pause',
      clock('2025-03-03', 15, 'calendar', [
        { from: '2025-03-10', to: '2025-03-12' },
        { from: '2025-03-05', to: '2025-03-06' },
      ]),
      '2025-03-24',
    ],
    [
      'pause from the start day: the start day is not counted anyway, so only 03-04 is lost',
      clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-03', to: '2025-03-04' }]),
      '2025-03-19',
    ],
    [
      'working pause over 2 working days (09-29, 09-30): 10-13 → 10-15',
      clock('2025-09-26', 7, 'working', [{ from: '2025-09-29', to: '2025-09-30' }]),
      '2025-10-15',
    ],
    [
      'working pause over rest days only (国庆 10-01..08) loses no working day',
      clock('2025-09-26', 7, 'working', [{ from: '2025-10-01', to: '2025-10-08' }]),
      '2025-10-13',
    ],
    [
      'same pause on a calendar clock loses 8 days: 09-23..09-30 (8), 10-09..10-15 (7)',
      clock('2025-09-22', 15, 'calendar', [{ from: '2025-10-01', to: '2025-10-08' }]),
      '2025-10-15',
    ],
    [
      'closed pause after the deadline changes nothing',
      clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-20', to: '2025-03-25' }]),
      '2025-03-18',
    ],
    [
      'open pause after the deadline changes nothing',
      clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-19' }]),
      '2025-03-18',
    ],
  ])('%s', (_label, input, deadline) => {
    expect(cal.computeDeadline(input)).toEqual({ state: 'running', deadline });
  });

  it('keeps a rest-day calendar deadline when roll-over is off', () => {
    const input = { ...clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-05', to: '2025-03-09' }]) };
    expect(cal.computeDeadline({ ...input, rollOverRestDay: false })).toEqual({
      state: 'running',
      deadline: '2025-03-23',
    });
  });

  it.each<[string, Clock, string, number]>([
    [
      'calendar: 03-04..03-09 used (6 of 15)',
      clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-10' }]),
      '2025-03-10',
      9,
    ],
    [
      'working: 09-28, 09-29, 09-30 used (3 of 7); 国庆 days are not working days',
      clock('2025-09-26', 7, 'working', [{ from: '2025-10-09' }]),
      '2025-10-09',
      4,
    ],
    [
      'open pause after a closed one: 03-04, 03-07, 03-08 used',
      clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-05', to: '2025-03-06' }, { from: '2025-03-09' }]),
      '2025-03-09',
      12,
    ],
  ])('open pause → suspended (%s)', (_label, input, since, remaining) => {
    expect(cal.computeDeadline(input)).toEqual({ state: 'suspended', since, remaining });
  });

  it.each<[string, Clock]>([
    ['length 0', clock('2025-03-03', 0, 'calendar')],
    ['fractional length', clock('2025-03-03', 1.5, 'calendar')],
    [
      'pause ending before it starts',
      clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-09', to: '2025-03-05' }]),
    ],
    [
      'overlapping pauses',
      clock('2025-03-03', 15, 'calendar', [
        { from: '2025-03-05', to: '2025-03-09' },
        { from: '2025-03-09', to: '2025-03-10' },
      ]),
    ],
    [
      'a pause after an open one',
      clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-05' }, { from: '2025-03-10', to: '2025-03-11' }]),
    ],
    ['bad start date', clock('2025-3-3', 15, 'calendar')],
    ['bad pause date', clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-32' }])],
  ])('rejects %s with a RangeError', (_label, input) => {
    expect(() => cal.computeDeadline(input)).toThrow(RangeError);
  });

  it('refuses a working clock that runs into 2027 (12-25, 12-28 … 12-31 is only 5)', () => {
    expect(() => cal.computeDeadline(clock('2026-12-24', 7, 'working'))).toThrow(CalendarCoverageError);
  });
});

describe('remainingDays', () => {
  const hearing = clock('2025-09-26', 5, 'working'); // deadline 2025-10-10
  const payment = clock('2024-09-16', 15, 'calendar'); // deadline 2024-10-08 (rolled from 10-01)
  const paused = clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-05', to: '2025-03-09' }]); // 03-24
  const open = clock('2025-03-03', 15, 'calendar', [{ from: '2025-03-10' }]);

  it.each<[string, Clock, string, number]>([
    ['before the clock starts: the full period', hearing, '2025-09-20', 5],
    ['on the start day', hearing, '2025-09-26', 5],
    ['working days left: 10-09, 10-10', hearing, '2025-09-30', 2],
    ['due today', hearing, '2025-10-10', 0],
    ['calendar days up to the rolled deadline: 10-01 … 10-08', payment, '2024-09-30', 8],
    ['before a pause: 20 days to 03-24 minus 5 paused', paused, '2025-03-04', 15],
    ['inside a pause the count is frozen: 17 days minus 03-08, 03-09', paused, '2025-03-07', 15],
  ])('running: %s', (_label, input, today, remaining) => {
    const deadline = cal.computeDeadline(input);
    expect(deadline.state).toBe('running');
    expect(cal.remainingDays(input, today)).toEqual({ ...deadline, remaining });
  });

  it.each<[string, Clock, string, string, number]>([
    ['the 调休 Saturday after the deadline is late', hearing, '2025-10-11', '2025-10-10', 1],
    ['late by calendar days, weekend included', hearing, '2025-10-13', '2025-10-10', 3],
  ])('overdue: %s', (_label, input, today, deadline, daysLate) => {
    expect(cal.remainingDays(input, today)).toEqual({ state: 'overdue', deadline, daysLate });
  });

  it.each([
    ['after the pause began: frozen at 9', '2025-03-20', 9],
    ['before the pause begins: 03-04 … 03-08 used, 10 left', '2025-03-08', 10],
  ])('open pause: %s', (_label, today, remaining) => {
    expect(cal.remainingDays(open, today)).toEqual({ state: 'suspended', since: '2025-03-10', remaining });
  });

  it('rejects a bad today', () => {
    expect(() => cal.remainingDays(hearing, '2025/10/01')).toThrow(/"2025\/10\/01"/);
  });
});
