import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../app/api/errors';
import { PageHeader } from '../../app/components/page-header';
import { formatDateTime } from '../../app/format';
import { useQueryState } from '../../app/hooks/use-query-state';
import { useRemote } from '../../app/hooks/use-remote';
import { useT } from '../../app/i18n/i18n-context';
import { EmptyResult } from '../registry/empty-result';
import { listClues } from './api';
import type { Clue } from './types';

const KEYS = ['status'] as const;

/** 线索: clues made from warnings, newest first; each opens with its warnings. */
export default function CluesPage() {
  const t = useT();
  const { values, update, page, pageSize } = useQueryState(KEYS);
  const loader = useCallback(
    (signal: AbortSignal) => listClues({ ...values, page, pageSize: Math.min(100, pageSize) }, signal),
    [values, page, pageSize],
  );
  const { data, error, loading, reload } = useRemote(loader);
  return (
    <>
      <PageHeader title={t('screen.clues.title')} description={t('screen.clues.description')} />
      <Card>
        <Flex className="wj-filters" gap={12} wrap>
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
        </Flex>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(error, t('common.loadFailed'))}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Table<Clue>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data?.items ?? []}
          scroll={{ x: 1000 }}
          data-testid="clues-table"
          locale={{ emptyText: <EmptyResult text={t('screen.clues.empty')} /> }}
          columns={[
            {
              title: t('screen.clue.number'),
              dataIndex: 'number',
              width: 190,
              render: (number: string, c) => (
                <Link
                  to={`/screening/clues/${c.id}`}
                  style={{ fontFamily: 'monospace' }}
                  data-testid="clue-open"
                >
                  {number}
                </Link>
              ),
            },
            { title: t('screen.clue.title'), dataIndex: 'title' },
            {
              title: t('screen.institution'),
              key: 'institution',
              width: 220,
              render: (_: unknown, c) =>
                c.institutionId ? (
                  <Flex vertical>
                    <span>{c.institutionName ?? c.institutionId}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.institutionId}
                    </Typography.Text>
                  </Flex>
                ) : (
                  t('screen.clue.severalInstitutions')
                ),
            },
            { title: t('screen.district'), dataIndex: 'districtName', width: 100 },
            { title: t('screen.clue.warningCount'), dataIndex: 'warningCount', width: 90, align: 'right' },
            {
              title: t('screen.status'),
              dataIndex: 'status',
              width: 90,
              render: (s: Clue['status']) => <Tag color="processing">{t(`screen.clueStatus.${s}`)}</Tag>,
            },
            { title: t('screen.clue.createdBy'), dataIndex: 'createdBy', width: 110 },
            {
              title: t('screen.clue.createdAt'),
              dataIndex: 'createdAt',
              width: 170,
              render: (v: string) => formatDateTime(v),
            },
          ]}
          onChange={(pagination, _f, _s, extra) => {
            if (extra.action === 'paginate')
              update({ page: pagination.current, pageSize: pagination.pageSize });
          }}
          pagination={{
            current: page,
            pageSize: Math.min(100, pageSize),
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
    </>
  );
}
