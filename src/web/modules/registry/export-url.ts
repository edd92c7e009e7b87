import { API_BASE, buildQuery, type QueryValue } from '../../app/api/client';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportResource = 'institutions' | 'practitioners';

/**
 * The download URL of a registry export with the list's current filters (paging is dropped: the
 * export holds every matching row). Opened as a plain link so the browser sends the session cookie.
 */
export function exportUrl(
  resource: ExportResource,
  format: ExportFormat,
  filters: Record<string, QueryValue>,
): string {
  const { page: _page, pageSize: _pageSize, format: _format, ...rest } = filters;
  return `${API_BASE}/${resource}/export${buildQuery({ format, ...rest })}`;
}
