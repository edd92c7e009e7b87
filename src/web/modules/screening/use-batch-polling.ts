import { useEffect, useState } from 'react';
import { getBatch, isBatchFinished } from './api';
import type { BatchDetail } from './types';

/**
 * A batch, asked for again every second until its job has finished (one request at a time: the next
 * is sent a second after the last answer; after an error, three seconds). `page`/`pageSize` page its problems.
 */
export function useBatchPolling(id: string, page: number, pageSize: number) {
  const [data, setData] = useState<BatchDetail | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      getBatch(id, { page, pageSize }, controller.signal).then(
        (value) => {
          if (controller.signal.aborted) return;
          setData(value);
          setError(null);
          if (!isBatchFinished(value.status)) timer = setTimeout(load, 1000);
        },
        (cause: unknown) => {
          if (controller.signal.aborted) return;
          setError(cause);
          timer = setTimeout(load, 3000);
        },
      );
    };
    load();
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, [id, page, pageSize]);

  return { data: data?.id === id ? data : undefined, error };
}
