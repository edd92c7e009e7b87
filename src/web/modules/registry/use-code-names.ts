import { useCallback, useMemo } from 'react';
import { useRemote } from '../../app/hooks/use-remote';
import { getCodeList } from './api';

const cache = new Map<string, Promise<Map<string, string>>>();

/**
 * Code → name of a code list's current version (cached for the session). Used to name codes the API
 * returns bare; a failure leaves the map empty so callers fall back to the codes.
 */
export function useCodeNames(listId: string): ReadonlyMap<string, string> {
  const loader = useCallback(() => {
    let entry = cache.get(listId);
    if (!entry) {
      entry = getCodeList(listId, {}).then(
        (list) => new Map(list.items.map((item) => [item.code, item.name])),
        (err: unknown) => {
          cache.delete(listId);
          throw err;
        },
      );
      cache.set(listId, entry);
    }
    return entry;
  }, [listId]);
  const { data } = useRemote(loader);
  return useMemo(() => data ?? new Map<string, string>(), [data]);
}
