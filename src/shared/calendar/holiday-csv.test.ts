import { describe, expect, it } from 'vitest';
import { HolidayCsvError, parseHolidayCsv } from './index.js';

const HEADER = 'date,kind,name';

describe('parseHolidayCsv: rejects bad data with the line number', () => {
  it.each([
    ['empty text', '', 1, /expected header/],
    ['wrong header', 'date,type,name\n2024-01-01,off,元旦', 1, /expected header "date,kind,name"/],
    ['bad date', `${HEADER}\n2024-01-01,off,元旦\n2024-13-01,off,x`, 3, /"2024-13-01"/],
    ['impossible date', `${HEADER}\n2025-02-29,off,x`, 2, /"2025-02-29"/],
    [
      'unknown kind',
      `${HEADER}\n2024-01-01,holiday,元旦`,
      2,
      /kind must be "off" or "workday", found "holiday"/,
    ],
    ['missing field', `${HEADER}\n2024-01-01,off`, 2, /expected 3 fields .* found 2/],
    ['extra field', `${HEADER}\n2024-01-01,off,元旦,x`, 2, /found 4/],
    ['empty name', `${HEADER}\n2024-01-01,off, `, 2, /name is empty/],
    ['duplicate date', `${HEADER}\n2024-01-01,off,元旦\n2024-01-01,off,元旦`, 3, /listed twice/],
    ['dates out of order', `${HEADER}\n2024-02-10,off,春节\n2024-02-04,workday,春节`, 3, /out of order/],
    [
      'workday on a Monday',
      `${HEADER}\n2024-01-01,off,元旦\n2024-02-05,workday,春节`,
      3,
      /not a Saturday or Sunday/,
    ],
    [
      'blank line in the middle',
      `${HEADER}\n2024-01-01,off,元旦\n\n2024-02-10,off,春节`,
      3,
      /expected 3 fields/,
    ],
  ])('%s → line %i', (_label, text, line, message) => {
    const run = () => parseHolidayCsv(text);
    expect(run).toThrow(HolidayCsvError);
    expect(run).toThrow(new RegExp(`^holidays CSV line ${line}: `));
    expect(run).toThrow(message);
  });

  it('exposes the line number on the error', () => {
    try {
      parseHolidayCsv(`${HEADER}\n2024-01-01,off,元旦\n2024-01-01,off,元旦`);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HolidayCsvError);
      expect((error as HolidayCsvError).line).toBe(3);
    }
  });
});

describe('parseHolidayCsv: accepts good data', () => {
  it.each([
    ['LF with trailing newline', `${HEADER}\n2024-02-04,workday,春节\n2024-02-10,off,春节\n`],
    ['no trailing newline', `${HEADER}\n2024-02-04,workday,春节\n2024-02-10,off,春节`],
    [
      'CRLF and a BOM, as a spreadsheet saves it',
      `\uFEFF${HEADER}\r\n2024-02-04,workday,春节\r\n2024-02-10,off,春节\r\n`,
    ],
  ])('%s', (_label, text) => {
    expect(parseHolidayCsv(text)).toEqual([
      { date: '2024-02-04', kind: 'workday', name: '春节' },
      { date: '2024-02-10', kind: 'off', name: '春节' },
    ]);
  });

  it('accepts a header alone (no rows)', () => {
    expect(parseHolidayCsv(`${HEADER}\n`)).toEqual([]);
  });

  it('keeps a name containing 、', () => {
    expect(parseHolidayCsv(`${HEADER}\n2025-10-01,off,国庆节、中秋节`)[0]?.name).toBe('国庆节、中秋节');
  });
});
