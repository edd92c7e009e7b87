import { describe, expect, it } from 'vitest';
import {
  addMonths,
  cycleYears,
  nextPeriod,
  openPeriod,
  periodFrom,
  type ValidationRecord,
  verificationState,
} from './verification.js';

describe('the validation cycle (医疗机构管理条例 第二十二条)', () => {
  it.each([
    [0, 1],
    [99, 1],
    [100, 3],
    [1500, 3],
  ])('gives an institution with %i beds a period of %i year(s)', (beds, years) => {
    expect(cycleYears(beds)).toBe(years);
  });

  it('ends a period the day before the same date years later, and asks for the application 3 months before', () => {
    expect(periodFrom('2024-01-01', 1)).toEqual({
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      applyBy: '2024-09-30',
    });
    expect(periodFrom('2023-03-01', 3)).toEqual({
      periodStart: '2023-03-01',
      periodEnd: '2026-02-28',
      applyBy: '2025-11-28',
    });
  });

  it('clamps month arithmetic to the last day of shorter months, leap years included', () => {
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2025-05-31', -3)).toBe('2025-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
  });

  it('starts the next period the day after, for the cycle of the beds after 校验合格 and 1 year after 暂缓校验', () => {
    const decided = { periodEnd: '2025-06-30' };
    expect(nextPeriod({ ...decided, result: 'passed' }, 300)).toMatchObject({
      periodStart: '2025-07-01',
      periodEnd: '2028-06-30',
    });
    expect(nextPeriod({ ...decided, result: 'passed' }, 20)).toMatchObject({ periodEnd: '2026-06-30' });
    expect(nextPeriod({ ...decided, result: 'deferred' }, 300)).toMatchObject({
      periodStart: '2025-07-01',
      periodEnd: '2026-06-30',
      applyBy: '2026-03-30',
    });
  });
});

describe('the open period', () => {
  const record = (start: string, years: number, result: ValidationRecord['result']): ValidationRecord => ({
    ...periodFrom(start, years),
    result,
  });

  it('is the pending record when there is one', () => {
    const pending = record('2025-01-01', 1, 'pending');
    expect(openPeriod([record('2024-01-01', 1, 'passed'), pending], 10)).toBe(pending);
  });

  it('follows the latest decided period when none is pending, and is absent without any record', () => {
    const history = [record('2023-01-01', 1, 'passed'), record('2024-01-01', 1, 'deferred')];
    expect(openPeriod(history, 500)).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    expect(openPeriod([], 500)).toBeNull();
  });
});

describe('due and overdue (医疗机构校验管理办法: apply 3 months before the period ends)', () => {
  const period = periodFrom('2025-01-01', 1); // ends 2025-12-31, apply by 2025-09-30

  it.each([
    ['2025-01-01', 'not_due', 364],
    ['2025-09-29', 'not_due', 93],
    ['2025-09-30', 'due', 92],
    ['2025-12-31', 'due', 0],
    ['2026-01-01', 'overdue', -1],
    ['2027-03-01', 'overdue', -425],
  ])('on %s the period is %s with %i days left', (today, state, daysLeft) => {
    expect(verificationState(period, today)).toEqual({ state, period, daysLeft });
  });

  it('has no state without a period', () => {
    expect(verificationState(null, '2025-06-01')).toEqual({ state: 'none', period: null, daysLeft: null });
  });
});
