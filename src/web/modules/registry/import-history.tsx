import { Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useRemote } from '../../app/hooks/use-remote';
import { useI18n } from '../../app/i18n/i18n-context';
import { EmptyResult } from './empty-result';
import { type ImportSummary, listImports } from './imports-api';
import { ImportResultText, ImportStatusTag } from './import-status-tag';

/** Past imports within the user's scope, newest first; a link to each. */
export function ImportHistory({ onLimits }: { onLimits?: (maxFileBytes: number) => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const loader = useCallback(
    async (signal: AbortSignal) => {
      const result = await listImports({ page, pageSize }, signal);
      onLimits?.(result.limits.maxFileBytes);
      return result;
    },
    [page, pageSize, onLimits],
  );
  const { data, loading } = useRemote(loader);
  return (
    <Table<ImportSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="import-history"
      locale={{ emptyText: <EmptyResult text={t('import.historyEmpty')} /> }}
      columns={[
        {
          title: t('import.col.createdAt'),
          dataIndex: 'createdAt',
          width: 170,
          render: (value: string) => formatDateTime(value),
        },
        { title: t('import.col.actor'), dataIndex: 'actorName', width: 200 },
        {
          title: t('import.col.files'),
          dataIndex: 'files',
          render: (files: ImportSummary['files']) =>
            files.map((f) => (
              <Tag key={f.name} bordered={false}>
                {f.name}
              </Tag>
            )),
        },
        {
          title: t('import.col.status'),
          dataIndex: 'status',
          width: 100,
          render: (status: ImportSummary['status']) => <ImportStatusTag status={status} />,
        },
        {
          title: t('import.col.result'),
          key: 'result',
          render: (_: unknown, item) => <ImportResultText item={item} />,
        },
        {
          title: t('common.actions'),
          key: 'view',
          width: 80,
          render: (_: unknown, item) => <Link to={`/registry/imports/${item.id}`}>{t('import.view')}</Link>,
        },
      ]}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: (next, size) => {
          setPage(size === pageSize ? next : 1);
          setPageSize(size);
        },
      }}
    />
  );
}
