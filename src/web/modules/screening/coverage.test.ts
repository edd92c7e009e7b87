import { describe, expect, it } from 'vitest';
import { anyCovers, covers, withinDates } from './coverage';

describe('coverage (interchange v1)', () => {
  it('covers the same code and its descendants only', () => {
    expect(covers('03', '03')).toBe(true);
    expect(covers('03', '03.01')).toBe(true);
    expect(covers('03.01', '03')).toBe(false);
    expect(covers('03.01', '03.02')).toBe(false);
    expect(covers('03', '030')).toBe(false);
    expect(anyCovers(['04', '03'], '03.02')).toBe(true);
    expect(anyCovers([], '03')).toBe(false);
    expect(anyCovers(['03'], null)).toBe(false);
  });

  it('checks a date against a validity with open ends', () => {
    expect(withinDates('2026-05-01', '2024-01-01', '2029-12-31')).toBe(true);
    expect(withinDates('2026-05-01', '2026-05-02', null)).toBe(false);
    expect(withinDates('2026-05-01', null, '2026-04-30')).toBe(false);
    expect(withinDates('2026-05-01', null, null)).toBe(true);
  });
});
