import { describe, expect, it } from 'vitest';
import { findingRows, findingTotal, formatBytes, isAcceptedFileName, ruleNumber } from './batch-findings';
import type { Rule } from './types';

const rule = (id: string, code: string): Rule => ({
  id,
  code,
  version: 1,
  severity: 'high',
  title: code,
  titleEn: code,
  legalBasis: '',
  legalBasisEn: '',
  basisStatus: 'V',
  parameters: {},
});
const RULES = [
  rule('R10', 'ABNORMAL_VOLUME'),
  rule('R2', 'DEPT_NOT_LICENSED'),
  rule('R3', 'NOT_REGISTERED_HERE'),
];

describe('findingRows', () => {
  it('lists every rule in R order with its count, zeros included, unknown codes last', () => {
    const rows = findingRows({ NOT_REGISTERED_HERE: 2, DEPT_NOT_LICENSED: 1, SOMETHING_NEW: 4 }, RULES);
    expect(rows.map((r) => [r.code, r.count])).toEqual([
      ['DEPT_NOT_LICENSED', 1],
      ['NOT_REGISTERED_HERE', 2],
      ['ABNORMAL_VOLUME', 0],
      ['SOMETHING_NEW', 4],
    ]);
    expect(rows[3]?.rule).toBeUndefined();
  });

  it('handles a batch without findings', () => {
    expect(findingRows(null, RULES).every((r) => r.count === 0)).toBe(true);
    expect(findingTotal(null)).toBe(0);
    expect(findingTotal({ A: 2, B: 3 })).toBe(5);
    expect(ruleNumber({ id: 'R10' })).toBe(10);
    expect(ruleNumber(undefined)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('files', () => {
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(64 * 1024 * 1024)).toBe('64 MB');
    expect(formatBytes(1.25 * 1024 ** 3)).toBe('1.3 GB');
  });

  it('accepts CSV and NDJSON names only', () => {
    expect(isAcceptedFileName('records.CSV')).toBe(true);
    expect(isAcceptedFileName('a.ndjson')).toBe(true);
    expect(isAcceptedFileName('a.jsonl')).toBe(true);
    expect(isAcceptedFileName('a.xlsx')).toBe(false);
    expect(isAcceptedFileName('csv')).toBe(false);
  });
});
