import { describe, expect, it } from 'vitest';
import { fhirExportUrl, institutionFhirUrl } from './fhir-export-url';

describe('FHIR export URLs', () => {
  it('carries the list filters, without paging or a file format', () => {
    const url = fhirExportUrl({
      q: '第一人民',
      district: '310101',
      category: '',
      page: 2,
      pageSize: 20,
      format: 'csv',
    });
    const parsed = new URL(url, 'http://x');
    expect(parsed.pathname).toBe('/api/v1/fhir/export');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({ q: '第一人民', district: '310101' });
    expect(fhirExportUrl({})).toBe('/api/v1/fhir/export');
  });

  it('escapes the institution id of the single-institution Bundle', () => {
    expect(institutionFhirUrl('12310101MA1G00011B')).toBe('/api/v1/institutions/12310101MA1G00011B/fhir');
    expect(institutionFhirUrl('a/b c')).toBe('/api/v1/institutions/a%2Fb%20c/fhir');
  });
});
