import { describe, expect, it } from 'vitest';
import { volumeKey, volumeOutliers } from './volume-outliers.js';
import { daysBefore, mondayOf, weeksBetween } from './weeks.js';

const total = (institutionId: string, value: number, category = 'clinic') => ({
  institutionId,
  drugCode: 'D1',
  month: '2025-06',
  category,
  total: value,
});
const params = { multiplier: 3, peerMinimum: 5 };

describe('R10 over running totals', () => {
  it('flags a total above 3 × the median of at least 5 peers of the same category', () => {
    const found = volumeOutliers(
      [total('a', 10), total('b', 10), total('c', 12), total('d', 8), total('e', 31)],
      params,
    );
    expect(found).toEqual([expect.objectContaining({ institutionId: 'e', median: 10, peers: 5 })]);
  });

  it('uses the mean of the two middle values for an even count', () => {
    const six = [total('a', 1), total('b', 2), total('c', 4), total('d', 6), total('e', 8), total('f', 15.1)];
    expect(volumeOutliers(six, params)).toEqual([expect.objectContaining({ institutionId: 'f', median: 5 })]);
  });

  it('needs the peer minimum, and compares within a category only', () => {
    expect(volumeOutliers([total('a', 1), total('b', 1), total('c', 1), total('d', 100)], params)).toEqual(
      [],
    );
    const mixed = [1, 1, 1, 1].map((v, i) => total(`c${i}`, v)).concat(total('h', 100, 'general_hospital'));
    expect(volumeOutliers(mixed, params)).toEqual([]);
  });

  it('names the group as interchange-v1 does', () => {
    expect(volumeKey(total('I9', 1))).toBe('I9|D1|2025-06');
  });
});

describe('dashboard weeks', () => {
  it.each([
    ['2025-06-09', '2025-06-09'],
    ['2025-06-15', '2025-06-09'],
    ['2025-06-16', '2025-06-16'],
    ['2026-01-01', '2025-12-29'],
  ])('the Monday of %s is %s', (day, monday) => {
    expect(mondayOf(day)).toBe(monday);
  });

  it('lists every week touching the range', () => {
    expect(weeksBetween('2025-06-11', '2025-06-23')).toEqual(['2025-06-09', '2025-06-16', '2025-06-23']);
    expect(weeksBetween('2025-06-11', '2025-06-01')).toEqual([]);
    expect(daysBefore('2025-03-01', 1)).toBe('2025-02-28');
  });
});
