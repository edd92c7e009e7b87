import { useCallback } from 'react';
import type { Department, Jurisdiction } from '../../app/api/types';
import { useRemote } from '../../app/hooks/use-remote';
import { listDepartments, listJurisdictions } from './api';

let jurisdictionsCache: Promise<Jurisdiction[]> | null = null;

/** The city and its districts (cached for the session; the list is static reference data). */
export function useJurisdictions() {
  const loader = useCallback(() => {
    jurisdictionsCache ??= listJurisdictions().then(
      (r) => r.items,
      (err: unknown) => {
        jurisdictionsCache = null;
        throw err;
      },
    );
    return jurisdictionsCache;
  }, []);
  return useRemote(loader);
}

/** Departments for pickers (up to 200, optionally within a jurisdiction). */
export function useDepartmentOptions(jurisdiction?: string, activeOnly = false) {
  const loader = useCallback(
    (signal: AbortSignal) =>
      listDepartments(
        {
          jurisdiction: jurisdiction || undefined,
          active: activeOnly ? 'true' : undefined,
          page: 1,
          pageSize: 200,
        },
        signal,
      ).then((r): Department[] => r.items),
    [jurisdiction, activeOnly],
  );
  return useRemote(loader);
}
