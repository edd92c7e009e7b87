import { Alert, Flex, Select, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../app/api/errors';
import { formatDateTime } from '../../app/format';
import { useRemote } from '../../app/hooks/use-remote';
import { useI18n } from '../../app/i18n/i18n-context';
import { EmptyResult } from '../registry/empty-result';
import { isBatchFinished, listBatches } from './api';
import { findingTotal, formatBytes } from './batch-findings';
import { BatchStatusTag } from './screening-tags';
import type { Batch, BatchStatus } from './types';

const STATUSES: BatchStatus[] = ['queued', 'screening', 'rejected', 'done', 'failed'];
const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString());

/** Batches within the user's scope, newest first; refreshed while any of them is still being screened. */
export function BatchHistory({ onLimits }: { onLimits?: (maxFileBytes: number) => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const [status, setStatus] = useState<BatchStatus | undefined>(undefined);
  const loader = useCallback(
    async (signal: AbortSignal) => {
      const result = await listBatches({ page, pageSize, status }, signal);
      onLimits?.(result.limits.maxFileBytes);
      return result;
    },
    [page, pageSize, status, onLimits],
  );
  const { data, loading, error, reload } = useRemote(loader);
  const running = data?.items.some((b) => !isBatchFinished(b.status)) ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, 2000);
    return () => clearTimeout(timer);
  }, [running, reload]);

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <Select
          allowClear
          placeholder={t('screen.batch.status')}
          value={status}
          onChange={(v: BatchStatus | undefined) => {
            setStatus(v);
            setPage(1);
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`screen.batchStatus.${s}`) }))}
          style={{ width: 140 }}
          data-testid="batch-status-filter"
        />
      </Flex>
      {error ? <Alert type="error" showIcon title={errorMessage(error, t('common.loadFailed'))} /> : null}
      <Table<Batch>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        dataSource={data?.items ?? []}
        data-testid="batch-history"
        scroll={{ x: 980 }}
        locale={{ emptyText: <EmptyResult text={t('screen.batch.empty')} /> }}
        columns={[
          {
            title: t('screen.batch.createdAt'),
            dataIndex: 'createdAt',
            width: 170,
            render: (value: string) => formatDateTime(value),
          },
          {
            title: t('screen.batch.file'),
            dataIndex: 'fileName',
            render: (name: string, item) => (
              <Flex vertical>
                <Link to={`/screening/batches/${item.id}`}>{name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.format.toUpperCase()} · {formatBytes(item.sizeBytes)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('screen.batch.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: BatchStatus) => <BatchStatusTag status={s} />,
          },
          {
            title: t('screen.batch.records'),
            dataIndex: 'records',
            width: 100,
            align: 'right',
            render: (n: number) => count(n),
          },
          {
            title: t('screen.batch.findings'),
            key: 'findings',
            width: 100,
            align: 'right',
            render: (_: unknown, item) =>
              item.status === 'rejected'
                ? t('screen.batch.problemCount', { count: item.problemCount })
                : item.findings
                  ? findingTotal(item.findings).toLocaleString()
                  : '—',
          },
          {
            title: t('screen.batch.newWarnings'),
            dataIndex: 'newWarnings',
            width: 100,
            align: 'right',
            render: (n: number | null) => count(n),
          },
          { title: t('screen.batch.uploadedBy'), dataIndex: 'uploadedBy', width: 180 },
          {
            title: t('common.actions'),
            key: 'view',
            width: 80,
            fixed: 'right',
            render: (_: unknown, item) => (
              <Link to={`/screening/batches/${item.id}`} data-testid="batch-open">
                {t('screen.view')}
              </Link>
            ),
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
    </Flex>
  );
}
