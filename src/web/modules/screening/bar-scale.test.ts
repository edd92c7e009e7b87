import { describe, expect, it } from 'vitest';
import {
  addDays,
  barPercent,
  MIN_VISIBLE_PERCENT,
  maxOf,
  shortDate,
  stackPercents,
  weekRange,
} from './bar-scale';

describe('barPercent', () => {
  it('scales to the largest value and keeps small non-zero values visible', () => {
    expect(barPercent(50, 100)).toBe(50);
    expect(barPercent(100, 100)).toBe(100);
    expect(barPercent(1, 1000)).toBe(MIN_VISIBLE_PERCENT);
    expect(barPercent(0, 100)).toBe(0);
    expect(barPercent(5, 0)).toBe(0);
    expect(barPercent(200, 100)).toBe(100);
  });

  it('finds the maximum, 0 for none', () => {
    expect(maxOf([3, 9, 2])).toBe(9);
    expect(maxOf([])).toBe(0);
  });

  it('stacks the severities of a week against the tallest week', () => {
    expect(stackPercents({ high: 1, medium: 2, low: 1 }, 8)).toEqual({ high: 12.5, medium: 25, low: 12.5 });
    expect(stackPercents({ high: 1, medium: 0, low: 0 }, 0)).toEqual({ high: 0, medium: 0, low: 0 });
  });
});

describe('weeks', () => {
  it('adds days across months and years without time-zone drift', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-28', 6)).toBe('2027-01-03');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('gives a week Monday to Sunday, clipped to the dashboard range', () => {
    expect(weekRange('2026-11-16')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(weekRange('2026-11-16', '2026-11-18', '2026-11-20')).toEqual({
      from: '2026-11-18',
      to: '2026-11-20',
    });
    expect(shortDate('2026-11-16')).toBe('11-16');
  });
});
