import { Button, Card, Result, Table } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-context';
import type { Counts, ImportSummary } from './imports-api';

interface SummaryRow extends Counts {
  kind: string;
  file: string;
}

/** A finished import: created, updated and unchanged records of each file. */
export function ImportSummaryView({ item }: { item: ImportSummary }) {
  const t = useT();
  const rows: SummaryRow[] = Object.entries(item.summary ?? {})
    .filter(([, c]) => c.created + c.updated + c.unchanged > 0)
    .map(([kind, counts]) => ({
      kind,
      file: item.files.find((f) => f.kind === kind)?.name ?? item.files[0]?.name ?? kind,
      ...counts,
    }));
  const total = rows.reduce((n, r) => n + r.created + r.updated + r.unchanged, 0);
  return (
    <Card data-testid="import-summary">
      <Result
        status="success"
        title={t('import.summaryTitle')}
        subTitle={t('import.summarySubtitle', { total: total.toLocaleString() })}
        extra={
          <Link to="/registry/imports">
            <Button type="primary">{t('import.newImport')}</Button>
          </Link>
        }
      />
      <Table<SummaryRow>
        rowKey="kind"
        size="middle"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('import.summary.file'),
            key: 'file',
            render: (_: unknown, r) => `${r.file} · ${t(`import.kind.${r.kind as 'drugs'}`)}`,
          },
          ...(['created', 'updated', 'unchanged'] as const).map((key) => ({
            title: t(`import.summary.${key}`),
            dataIndex: key,
            align: 'right' as const,
            render: (n: number) => n.toLocaleString(),
          })),
        ]}
      />
    </Card>
  );
}
