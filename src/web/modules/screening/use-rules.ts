import { useCallback, useMemo } from 'react';
import { useRemote } from '../../app/hooks/use-remote';
import { listRules } from './api';
import type { Rule } from './types';

let cache: Promise<Rule[]> | null = null;

/** The screening rules (cached for the session; a failure is retried on the next use). */
export function useRules() {
  const loader = useCallback(() => {
    cache ??= listRules().then(
      (r) => r.items,
      (err: unknown) => {
        cache = null;
        throw err;
      },
    );
    return cache;
  }, []);
  const { data, loading, error } = useRemote(loader);
  const rules = useMemo(() => data ?? [], [data]);
  const byCode = useMemo(() => new Map(rules.map((r) => [r.code, r])), [rules]);
  return { rules, byCode, loading, error };
}
