import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOLIDAYS_CN_CSV, parseHolidayCsv } from './index.js';
import { renderHolidayModule } from './render-holiday-module.js';

const read = (name: string): string => readFileSync(new URL(name, import.meta.url), 'utf8');

describe('holidays-cn data', () => {
  it('holidays-cn.ts is generated from holidays-cn.csv (else run `npx tsx scripts/gen-holidays.ts`)', () => {
    const csv = read('./holidays-cn.csv');
    expect(read('./holidays-cn.ts'), 'holidays-cn.ts is stale: run `npx tsx scripts/gen-holidays.ts`').toBe(
      renderHolidayModule(csv),
    );
    expect(HOLIDAYS_CN_CSV).toBe(csv);
  });

  // Row counts as published in docs/domain/holidays-cn.md, from the State Council notices.
  it.each([
    [2024, 28, 8],
    [2025, 28, 5],
    [2026, 33, 6],
  ])('%i has %i off rows and %i workday rows', (year, off, workday) => {
    const rows = parseHolidayCsv(HOLIDAYS_CN_CSV).filter((row) => row.date.startsWith(`${year}-`));
    expect(rows.filter((row) => row.kind === 'off')).toHaveLength(off);
    expect(rows.filter((row) => row.kind === 'workday')).toHaveLength(workday);
  });

  it('refuses to embed text that would break the template literal', () => {
    expect(() => renderHolidayModule('date,kind,name\n`oops`')).toThrow(/backtick/);
    expect(() => renderHolidayModule('date,kind,name\n\u0024{x}')).toThrow(/cannot be embedded/);
  });
});
