import { describe, expect, it } from 'vitest';
import {
  isValidReason,
  joinRuleList,
  normaliseSort,
  parseRuleList,
  serviceDateOrder,
  sortForServiceDate,
  warningsApiQuery,
  warningsExportUrl,
  warningsLink,
} from './warning-filters';

describe('rule lists in the query string', () => {
  it('parses a comma-separated list, dropping blanks and repeats', () => {
    expect(parseRuleList('DEPT_NOT_LICENSED, NOT_REGISTERED_HERE,,DEPT_NOT_LICENSED')).toEqual([
      'DEPT_NOT_LICENSED',
      'NOT_REGISTERED_HERE',
    ]);
    expect(parseRuleList('')).toEqual([]);
    expect(parseRuleList(null)).toEqual([]);
  });

  it('joins a selection back, empty for none', () => {
    expect(joinRuleList(['A', 'B', 'A'])).toBe('A,B');
    expect(joinRuleList([])).toBe('');
  });
});

describe('warningsApiQuery', () => {
  it('keeps the filters that are set, trims them, and adds sort and paging', () => {
    expect(
      warningsApiQuery(
        { district: '310101', q: '  仁济 ', rule: 'A,B', severity: '', status: 'open', batchId: undefined },
        2,
        50,
      ),
    ).toEqual({
      district: '310101',
      q: '仁济',
      rule: 'A,B',
      status: 'open',
      sort: '-serviceDate',
      page: 2,
      pageSize: 50,
    });
  });

  it('caps the page size at the API maximum and replaces an unknown sort by the default', () => {
    const query = warningsApiQuery({ sort: 'name' }, 1, 200);
    expect(query.pageSize).toBe(100);
    expect(query.sort).toBe('-serviceDate');
    expect(warningsApiQuery({ sort: 'severity' }, 1, 20).sort).toBe('severity');
  });
});

describe('service-date sorting', () => {
  it('maps the sort parameter to the header state and back', () => {
    expect(serviceDateOrder(undefined)).toBe('descend');
    expect(serviceDateOrder('serviceDate')).toBe('ascend');
    expect(serviceDateOrder('severity')).toBeNull();
    expect(sortForServiceDate('ascend')).toBe('serviceDate');
    expect(sortForServiceDate('descend')).toBeNull();
    expect(sortForServiceDate(null)).toBeNull();
    expect(normaliseSort('-createdAt')).toBe('-createdAt');
  });
});

describe('links and exports', () => {
  it('links to the list with only the given filters', () => {
    expect(warningsLink({ batchId: 'b1', rule: 'DEPT_NOT_LICENSED' })).toBe(
      '/screening/warnings?rule=DEPT_NOT_LICENSED&batchId=b1',
    );
    expect(warningsLink({})).toBe('/screening/warnings');
  });

  it('exports the current filters without paging, the format first', () => {
    const url = new URL(warningsExportUrl('xlsx', { status: 'open', from: '2026-01-01', q: '' }), 'http://x');
    expect(url.pathname).toBe('/api/v1/screening/warnings/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'xlsx',
      status: 'open',
      from: '2026-01-01',
    });
  });
});

describe('isValidReason', () => {
  it('takes 4 to 500 characters once trimmed, counting Chinese characters as one each', () => {
    expect(isValidReason('  重复上报  ')).toBe(true);
    expect(isValidReason('已核实')).toBe(false);
    expect(isValidReason('x'.repeat(500))).toBe(true);
    expect(isValidReason('x'.repeat(501))).toBe(false);
  });
});
