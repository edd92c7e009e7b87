import { describe, expect, it } from 'vitest';
import { exportUrl } from './export-url';

describe('exportUrl', () => {
  it('carries the current filters and the format, dropping empty values and paging', () => {
    const url = exportUrl('institutions', 'csv', {
      q: '第一人民',
      district: '310101',
      category: '',
      status: undefined,
      sort: 'name',
      page: 3,
      pageSize: 50,
    });
    const parsed = new URL(url, 'http://x');
    expect(parsed.pathname).toBe('/api/v1/institutions/export');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      format: 'csv',
      q: '第一人民',
      district: '310101',
      sort: 'name',
    });
  });

  it('builds the practitioner Excel export and cannot be overridden by a format filter', () => {
    expect(exportUrl('practitioners', 'xlsx', { format: 'csv', title: 'chief' })).toBe(
      '/api/v1/practitioners/export?format=xlsx&title=chief',
    );
    expect(exportUrl('institutions', 'xlsx', {})).toBe('/api/v1/institutions/export?format=xlsx');
  });
});
