import { DownloadButtons } from '../../app/components/download-buttons';
import { Alert, Card, Flex, Table, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context';
import { EmptyResult } from '../registry/empty-result';
import { batchReportUrl } from './api';
import type { BatchDetail, BatchProblem } from './types';

/**
 * A rejected batch: nothing was screened; every problem by row, column and value (paged on the
 * server), and the whole report to download as CSV or Excel.
 */
export function BatchProblems({
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
  return (
    <Flex vertical gap={16}>
      <Alert
        type="error"
        showIcon
        title={t('screen.batch.rejectedTitle')}
        description={t('screen.batch.rejectedSubtitle', { count: item.problemCount.toLocaleString() })}
        data-testid="batch-rejected"
      />
      <Card
        title={t('screen.batch.problems')}
        extra={
          <DownloadButtons
            urlOf={(format) => batchReportUrl(item.id, format)}
            labels={{ csv: t('screen.downloadCsv'), xlsx: t('screen.downloadXlsx') }}
            testIdPrefix="batch-report"
          />
        }
      >
        <Table<BatchProblem>
          rowKey={(p) => `${p.row}:${p.column}:${p.code}`}
          size="middle"
          dataSource={item.problems.items}
          locale={{ emptyText: <EmptyResult text={t('screen.batch.problemsEmpty')} /> }}
          data-testid="batch-problems"
          columns={[
            { title: t('screen.problem.row'), dataIndex: 'row', width: 80, align: 'right' },
            {
              title: t('screen.problem.column'),
              dataIndex: 'column',
              width: 180,
              render: (column: string) => (column ? <Typography.Text code>{column}</Typography.Text> : '—'),
            },
            {
              title: t('screen.problem.value'),
              dataIndex: 'value',
              width: 200,
              render: (value: string) => (value ? <Typography.Text mark>{value}</Typography.Text> : null),
            },
            { title: t('screen.problem.message'), dataIndex: 'message' },
          ]}
          pagination={{
            current: page,
            pageSize,
            total: item.problems.total,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (next, size) => onPage(size === pageSize ? next : 1, size),
          }}
        />
      </Card>
    </Flex>
  );
}
