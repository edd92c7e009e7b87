import { useEffect, useState } from 'react';
import { getImport, type ImportDetail, isFinished } from './imports-api';

/**
 * An import, asked for again every second until its job has finished (one request at a time: the
 * next is sent a second after the last answer). `query` pages and filters its problems.
 */
export function useImportPolling(id: string, query: { page: number; pageSize: number; file?: string }) {
  const [data, setData] = useState<ImportDetail | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const { page, pageSize, file } = query;

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      getImport(id, { page, pageSize, file }, controller.signal).then(
        (value) => {
          if (controller.signal.aborted) return;
          setData(value);
          setError(null);
          if (!isFinished(value.status)) timer = setTimeout(load, 1000);
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
  }, [id, page, pageSize, file]);

  return { data, error };
}
