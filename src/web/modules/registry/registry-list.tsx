import { Alert, Table, type TableColumnsType } from 'antd';
import { useCallback, useMemo } from 'react';
import type { QueryValue } from '../../app/api/client';
import { errorMessage } from '../../app/api/errors';
import { useQueryState } from '../../app/hooks/use-query-state';
import { useRemote } from '../../app/hooks/use-remote';
import { useT } from '../../app/i18n/i18n-context';
import { EmptyResult } from './empty-result';
import { sortParamFor } from './registry-sort';

interface Page<T> {
  items: T[];
  total: number;
}

/**
 * A registry list's state: filters from the URL (sorted by name unless asked otherwise), the page,
 * and the page of records they select. `keys` must be a module constant.
 */
export function useRegistryList<K extends string, T>(
  keys: readonly K[],
  fetchPage: (query: Record<string, QueryValue>, signal: AbortSignal) => Promise<Page<T>>,
) {
  const { values, update, page, pageSize } = useQueryState(keys);
  const filters = useMemo(
    () => ({ ...values, sort: (values as Record<string, string>).sort || 'name' }),
    [values],
  );
  const loader = useCallback(
    (signal: AbortSignal) => fetchPage({ ...filters, page, pageSize }, signal),
    [fetchPage, filters, page, pageSize],
  );
  return { values, update, filters, page, pageSize, ...useRemote(loader) };
}

type ListState<K extends string, T> = ReturnType<typeof useRegistryList<K, T>>;

/** The result table of a registry list: load error, empty text, header sorting and paging. */
export function RegistryTable<K extends string, T extends { id: string }>({
  list,
  columns,
  width,
  emptyText,
}: {
  list: ListState<K, T>;
  columns: TableColumnsType<T>;
  width: number;
  emptyText: string;
}) {
  const t = useT();
  const { data, error, loading, page, pageSize } = list;
  // The table's own keys (sort, page, pageSize) are among every list's query keys.
  const update = list.update as (patch: Record<string, string | number | null | undefined>) => void;
  return (
    <>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error, t('common.loadFailed'))}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<T>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: width }}
        locale={{ emptyText: <EmptyResult text={emptyText} /> }}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort' && !Array.isArray(sorter)) {
            update({ sort: sortParamFor(sorter.field, sorter.order) });
          } else if (extra.action === 'paginate') {
            update({ page: pagination.current, pageSize: pagination.pageSize });
          }
        }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </>
  );
}
