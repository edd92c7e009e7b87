import { api } from '../app/api/client';
import type { Jurisdiction, PublicDepartment } from '../app/api/types';

export const listPublicJurisdictions = (signal?: AbortSignal) =>
  api.get<{ items: Jurisdiction[] }>('/public/jurisdictions', undefined, signal);

export const listPublicDepartments = (
  query: { jurisdiction?: string; kind?: string },
  signal?: AbortSignal,
) => api.get<{ items: PublicDepartment[] }>('/public/departments', query, signal);
