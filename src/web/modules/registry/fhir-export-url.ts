import { API_BASE, buildQuery, type QueryValue } from '../../app/api/client';

/**
 * The FHIR R4 Bundle of the institution list's current filters (institutions with their sites,
 * practitioners and registrations; docs/api/fhir.md). Paging and file format do not apply.
 */
export function fhirExportUrl(filters: Record<string, QueryValue>): string {
  const { page: _page, pageSize: _pageSize, format: _format, ...rest } = filters;
  return `${API_BASE}/fhir/export${buildQuery(rest)}`;
}

/** The FHIR R4 Bundle of one institution with its practitioners. */
export const institutionFhirUrl = (id: string) => `${API_BASE}/institutions/${encodeURIComponent(id)}/fhir`;
