import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/api/errors';
import { PageHeader } from '../../app/components/page-header';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n/i18n-context';
import { type ImportDetail, isFinished } from './imports-api';
import { ImportProblems, type ProblemQuery } from './import-problems';
import { ImportProgress } from './import-progress';
import { ImportStatusTag } from './import-status-tag';
import { ImportSummaryView } from './import-summary';
import { useImportPolling } from './use-import-polling';

function Outcome({
  item,
  query,
  onQuery,
}: {
  item: ImportDetail;
  query: ProblemQuery;
  onQuery: (q: ProblemQuery) => void;
}) {
  const t = useT();
  if (!isFinished(item.status)) return <ImportProgress item={item} />;
  if (item.status === 'done') return <ImportSummaryView item={item} />;
  if (item.status === 'rejected') return <ImportProblems item={item} query={query} onQuery={onQuery} />;
  return (
    <Card>
      <Result
        status="warning"
        title={t('import.failedTitle')}
        subTitle={t('import.failedSubtitle', { error: item.error ?? '' })}
      />
    </Card>
  );
}

/** One import: its phase and progress while it runs, then its summary or its problems. */
export default function ImportDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [query, setQuery] = useState<ProblemQuery>({ page: 1, pageSize: 20 });
  const { data, error } = useImportPolling(id, query);
  const back = (
    <Link to="/registry/imports">
      <Button icon={<ArrowLeftOutlined />}>{t('import.back')}</Button>
    </Link>
  );
  return (
    <>
      <PageHeader title={t('import.detailTitle')} extra={back} />
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
                <Descriptions.Item label={t('import.col.status')}>
                  <ImportStatusTag status={data.status} />
                </Descriptions.Item>
                <Descriptions.Item label={t('import.col.createdAt')}>
                  {formatDateTime(data.createdAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('import.col.actor')}>{data.actorName}</Descriptions.Item>
                <Descriptions.Item label={t('import.col.files')} span={3}>
                  {data.files.map((f) => (
                    <Tag key={f.name}>
                      {f.name}
                      {f.rowCount !== null
                        ? ` · ${t('import.rows', { count: f.rowCount.toLocaleString() })}`
                        : ''}
                    </Tag>
                  ))}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Outcome item={data} query={query} onQuery={setQuery} />
          </>
        )}
      </Flex>
    </>
  );
}
