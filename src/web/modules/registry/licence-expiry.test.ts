import { describe, expect, it } from 'vitest';
import { dateOnly, EXPIRY_WARNING_DAYS, licenceExpiry, todayInShanghai } from './licence-expiry';

describe('licenceExpiry', () => {
  const today = '2026-11-23';

  it('flags an end date before today as expired, counting the days since', () => {
    expect(licenceExpiry('2026-11-22', today)).toEqual({ kind: 'expired', days: 1 });
    expect(licenceExpiry('2025-11-23', today)).toEqual({ kind: 'expired', days: 365 });
  });

  it('flags dates from today up to 90 days ahead as expiring (the end date itself is still valid)', () => {
    expect(licenceExpiry('2026-11-23', today)).toEqual({ kind: 'expiring', days: 0 });
    expect(licenceExpiry('2027-02-21', today)).toEqual({ kind: 'expiring', days: EXPIRY_WARNING_DAYS });
  });

  it('treats later dates as valid', () => {
    expect(licenceExpiry('2027-02-22', today)).toEqual({ kind: 'valid', days: 91 });
  });

  it('accepts ISO instants and ignores missing or malformed dates', () => {
    expect(licenceExpiry('2026-12-01T00:00:00.000Z', today).kind).toBe('expiring');
    expect(licenceExpiry(null, today)).toEqual({ kind: 'none' });
    expect(licenceExpiry('', today)).toEqual({ kind: 'none' });
    expect(licenceExpiry('soon', today)).toEqual({ kind: 'none' });
  });

  it('counts across a leap day correctly', () => {
    expect(licenceExpiry('2028-03-01', '2028-02-28')).toEqual({ kind: 'expiring', days: 2 });
  });
});

describe('todayInShanghai / dateOnly', () => {
  it('uses the China Standard Time calendar date', () => {
    expect(todayInShanghai(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    expect(todayInShanghai(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
  });

  it('keeps the date part', () => {
    expect(dateOnly('2027-01-31T00:00:00Z')).toBe('2027-01-31');
    expect(dateOnly('2027-01-31')).toBe('2027-01-31');
    expect(dateOnly(null)).toBe('');
  });
});
