import { Col, Empty, Row, Table, Tag, Typography } from 'antd';
import type { AuditEntry } from '../../../app/api/types';
import { useT } from '../../../app/i18n/i18n-context';
import { type DiffRow, diffSnapshots, formatValue } from './audit-diff';

const KIND_COLOR = { added: 'green', removed: 'red', changed: 'orange' } as const;

export function AuditDiffView({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const rows = diffSnapshots(entry.before, entry.after);
  const kindLabel = {
    added: t('audit.diffAdded'),
    removed: t('audit.diffRemoved'),
    changed: t('audit.diffChanged'),
  };
  const hasSnapshots = entry.before != null || entry.after != null;

  return (
    <div data-testid="audit-diff">
      {rows.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('audit.noChanges')}
          style={{ margin: '8px 0' }}
        />
      ) : (
        <Table<DiffRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          style={{ marginBottom: 12 }}
          columns={[
            {
              title: t('audit.field'),
              dataIndex: 'key',
              width: 180,
              render: (k: string) => <Typography.Text code>{k}</Typography.Text>,
            },
            {
              title: '',
              dataIndex: 'kind',
              width: 80,
              render: (k: DiffRow['kind']) => <Tag color={KIND_COLOR[k]}>{kindLabel[k]}</Tag>,
            },
            {
              title: t('audit.before'),
              dataIndex: 'before',
              render: (v: unknown) => (
                <Typography.Text delete={v !== undefined} type="secondary">
                  {formatValue(v)}
                </Typography.Text>
              ),
            },
            {
              title: t('audit.after'),
              dataIndex: 'after',
              render: (v: unknown) => <Typography.Text>{formatValue(v)}</Typography.Text>,
            },
          ]}
        />
      )}
      {hasSnapshots ? (
        <Row gutter={12}>
          <Col span={12}>
            <Typography.Text type="secondary">{t('audit.before')}</Typography.Text>
            <pre className="wj-json">{JSON.stringify(entry.before ?? null, null, 2)}</pre>
          </Col>
          <Col span={12}>
            <Typography.Text type="secondary">{t('audit.after')}</Typography.Text>
            <pre className="wj-json">{JSON.stringify(entry.after ?? null, null, 2)}</pre>
          </Col>
        </Row>
      ) : null}
    </div>
  );
}
