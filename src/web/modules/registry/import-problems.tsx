import { DownloadButtons } from '../../app/components/download-buttons';
import { Alert, Card, Flex, Select, Table, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context';
import { EmptyResult } from './empty-result';
import { type ImportDetail, type ImportProblem, reportUrl } from './imports-api';

export interface ProblemQuery {
  page: number;
  pageSize: number;
  file?: string;
}

/**
 * A rejected import: nothing was written; every problem by file, row, column and value, paged
 * and filtered by file on the server, and the whole report to download as CSV or Excel.
 */
export function ImportProblems({
  item,
  query,
  onQuery,
}: {
  item: ImportDetail;
  query: ProblemQuery;
  onQuery: (query: ProblemQuery) => void;
}) {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      <Alert
        type="error"
        showIcon
        title={t('import.rejectedTitle')}
        description={
          <>
            {t('import.rejectedSubtitle', { rows: item.problemRows, count: item.problemCount })}
            {item.problemCount > item.reportCap ? ` ${t('import.capNote', { cap: item.reportCap })}` : null}
          </>
        }
        data-testid="import-rejected"
      />
      <Card
        title={t('import.problems')}
        extra={
          <DownloadButtons
            urlOf={(format) => reportUrl(item.id, format)}
            labels={{ csv: t('import.downloadCsv'), xlsx: t('import.downloadXlsx') }}
            testIdPrefix="report"
          />
        }
      >
        <Flex className="wj-filters" gap={12} wrap>
          <Select
            allowClear
            placeholder={t('import.filterFile')}
            value={query.file}
            onChange={(file: string | undefined) => onQuery({ ...query, file, page: 1 })}
            options={item.problemFiles.map((f) => ({
              value: f.file,
              label: `${f.file} · ${t('import.rows', { count: f.rows })}`,
            }))}
            style={{ minWidth: 260 }}
            data-testid="problem-file-filter"
          />
        </Flex>
        <Table<ImportProblem>
          rowKey="seq"
          size="middle"
          dataSource={item.problems.items}
          locale={{ emptyText: <EmptyResult text={t('import.problemsEmpty')} /> }}
          data-testid="import-problems"
          columns={[
            { title: t('import.col.file'), dataIndex: 'file', width: 190 },
            { title: t('import.col.row'), dataIndex: 'row', width: 70, align: 'right' },
            {
              title: t('import.col.column'),
              dataIndex: 'column',
              width: 170,
              render: (column: string) => <Typography.Text code>{column}</Typography.Text>,
            },
            {
              title: t('import.col.value'),
              dataIndex: 'value',
              width: 170,
              render: (value: string) => (value ? <Typography.Text mark>{value}</Typography.Text> : null),
            },
            { title: t('import.col.problem'), dataIndex: 'message' },
          ]}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: item.problems.total,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) =>
              onQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }),
          }}
        />
      </Card>
    </Flex>
  );
}
