import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/api/errors';
import { PageHeader } from '../../app/components/page-header';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n/i18n-context';
import NotFoundPage from '../../app/pages/not-found-page';
import { isNotFound } from '../registry/detail-state';
import { formatBytes } from './batch-findings';
import { BatchProblems } from './batch-problems';
import { BatchResult } from './batch-result';
import { BatchStatusTag } from './screening-tags';
import type { BatchDetail } from './types';
import { useBatchPolling } from './use-batch-polling';

const PHASES = ['queued', 'screening', 'done'] as const;

function Running({ item }: { item: BatchDetail }) {
  const t = useT();
  return (
    <Card data-testid="batch-running">
      <Flex vertical gap={16}>
        <Steps
          size="small"
          current={item.status === 'queued' ? 0 : 1}
          items={PHASES.map((phase) => ({ title: t(`screen.batchStatus.${phase}`) }))}
        />
        <Typography.Text type="secondary">{t('screen.batch.running')}</Typography.Text>
      </Flex>
    </Card>
  );
}

function Outcome({
  item,
  page,
  pageSize,
  onPage,
}: {
  item: BatchDetail;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}) {
  const t = useT();
  if (item.status === 'queued' || item.status === 'screening') return <Running item={item} />;
  if (item.status === 'rejected')
    return <BatchProblems item={item} page={page} pageSize={pageSize} onPage={onPage} />;
  if (item.status === 'done') return <BatchResult item={item} />;
  return (
    <Card>
      <Result
        status="warning"
        title={t('screen.batch.failedTitle')}
        subTitle={t('screen.batch.failedSubtitle', { error: item.error ?? '' })}
      />
    </Card>
  );
}

/** One batch: its phase while the job runs, then its findings by rule or its row-level problems. */
export default function BatchDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error } = useBatchPolling(id, paging.page, paging.pageSize);
  const back = (
    <Link to="/screening/batches">
      <Button icon={<ArrowLeftOutlined />}>{t('screen.batch.back')}</Button>
    </Link>
  );
  if (!data && isNotFound(error)) return <NotFoundPage homePath="/screening/batches" />;
  return (
    <>
      <PageHeader
        title={data ? `${t('screen.batch.detailTitle')} · ${data.fileName}` : t('screen.batch.detailTitle')}
        extra={back}
      />
      <Flex vertical gap={16}>
        {error ? <Alert type="error" showIcon title={errorMessage(error, t('common.loadFailed'))} /> : null}
        {!data ? (
          error ? null : (
            <Skeleton active />
          )
        ) : (
          <>
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t('screen.batch.status')}>
                  <BatchStatusTag status={data.status} />
                </Descriptions.Item>
                <Descriptions.Item label={t('screen.batch.file')}>
                  {data.fileName} · {data.format.toUpperCase()} · {formatBytes(data.sizeBytes)}
                </Descriptions.Item>
                <Descriptions.Item label={t('screen.batch.records')}>
                  {data.records.toLocaleString()}
                </Descriptions.Item>
                <Descriptions.Item label={t('screen.batch.uploadedBy')}>
                  {data.uploadedBy} · {data.jurisdictionName}
                </Descriptions.Item>
                <Descriptions.Item label={t('screen.batch.createdAt')}>
                  {formatDateTime(data.createdAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('screen.batch.finishedAt')}>
                  {formatDateTime(data.finishedAt) || '—'}
                </Descriptions.Item>
                <Descriptions.Item label="SHA-256" span={3}>
                  <Typography.Text
                    type="secondary"
                    copyable
                    style={{ fontFamily: 'monospace', fontSize: 12 }}
                  >
                    {data.sha256}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Outcome
              item={data}
              page={paging.page}
              pageSize={paging.pageSize}
              onPage={(page, pageSize) => setPaging({ page, pageSize })}
            />
          </>
        )}
      </Flex>
    </>
  );
}
