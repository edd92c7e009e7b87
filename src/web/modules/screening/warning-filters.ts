import { API_BASE, buildQuery, type QueryValue } from '../../app/api/client';

/** The warning-list filters kept in the URL query string (names as the API's parameters). */
export const WARNING_FILTER_KEYS = [
  'district',
  'q',
  'rule',
  'severity',
  'status',
  'from',
  'to',
  'batchId',
  'institutionId',
  'sort',
] as const;

export type WarningFilterKey = (typeof WARNING_FILTER_KEYS)[number];
export type WarningFilters = Partial<Record<WarningFilterKey, string>>;

export const DEFAULT_WARNING_SORT = '-serviceDate';
export const WARNING_SORTS = ['-serviceDate', 'serviceDate', 'severity', '-createdAt'] as const;

/** `rule=R2_CODE,R3_CODE` as a list (blank entries dropped, duplicates removed, order kept). */
export function parseRuleList(value: string | null | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const part of value.split(',')) {
    const code = part.trim();
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

export function joinRuleList(codes: readonly string[]): string {
  return parseRuleList(codes.join(',')).join(',');
}

/** An allowed sort, or the default (newest service date first) for anything else. */
export function normaliseSort(sort: string | null | undefined): string {
  return (WARNING_SORTS as readonly string[]).includes(sort ?? '') ? (sort as string) : DEFAULT_WARNING_SORT;
}

/** The API query of a page of warnings: the filters that are set, the sort, the page. */
export function warningsApiQuery(
  filters: WarningFilters,
  page: number,
  pageSize: number,
): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const key of WARNING_FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) query[key] = value;
  }
  query.sort = normaliseSort(filters.sort);
  query.page = page;
  query.pageSize = Math.min(100, Math.max(1, pageSize));
  return query;
}

/** The service-date sort of the table header: ascending, descending, or none (the default). */
export function serviceDateOrder(sort: string | null | undefined): 'ascend' | 'descend' | null {
  const s = normaliseSort(sort);
  if (s === 'serviceDate') return 'ascend';
  if (s === '-serviceDate') return 'descend';
  return null;
}

/** The `sort` parameter for a header click on the service date (none → default, which drops it). */
export function sortForServiceDate(order: 'ascend' | 'descend' | null | undefined): string | null {
  return order === 'ascend' ? 'serviceDate' : null;
}

/** A link to the warning list with some filters (e.g. from the dashboard or a batch). */
export function warningsLink(filters: WarningFilters): string {
  const query: Record<string, QueryValue> = {};
  for (const key of WARNING_FILTER_KEYS) query[key] = filters[key];
  return `/screening/warnings${buildQuery(query)}`;
}

/** A dismissal reason as the API takes it: 4–500 characters once trimmed. */
export function isValidReason(reason: string): boolean {
  const length = [...reason.trim()].length;
  return length >= 4 && length <= 500;
}

/** The CSV / Excel export of the list's current filters (no paging: the export holds every match). */
export function warningsExportUrl(format: 'csv' | 'xlsx', filters: WarningFilters): string {
  const query: Record<string, QueryValue> = { format };
  for (const key of WARNING_FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) query[key] = value;
  }
  return `${API_BASE}/screening/warnings/export${buildQuery(query)}`;
}
