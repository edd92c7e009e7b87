import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n/i18n-context';
import type { LicenceRecord } from './filing-api';

/** Every practice licence the institution has held, the current one first, with its 诊疗科目. */
export function LicenceHistoryCard({ licences }: { licences: LicenceRecord[] }) {
  const t = useT();
  return (
    <Card title={`${t('licenceHistory.title')} (${licences.length})`} data-testid="licence-history">
      <Table<LicenceRecord>
        rowKey="number"
        size="small"
        dataSource={licences}
        pagination={false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('licenceHistory.empty')} />,
        }}
        expandable={{
          expandedRowRender: (l) => (
            <Flex gap={6} wrap>
              {l.departments.map((d) => (
                <Tag key={d.code} color={l.isCurrent ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {d.code} {d.name}
                </Tag>
              ))}
            </Flex>
          ),
          rowExpandable: (l) => l.departments.length > 0,
        }}
        columns={[
          {
            title: t('inst.licenceNumber'),
            dataIndex: 'number',
            render: (number: string, l) => (
              <Flex gap={8} align="center" wrap>
                <Typography.Text style={{ fontFamily: 'monospace' }}>{number}</Typography.Text>
                <Tag color={l.isCurrent ? 'success' : 'default'}>
                  {l.isCurrent ? t('licenceHistory.current') : t('licenceHistory.replaced')}
                </Tag>
              </Flex>
            ),
          },
          {
            title: t('inst.licenceValidity'),
            key: 'validity',
            render: (_: unknown, l) => `${l.validFrom} ~ ${l.validTo}`,
          },
          {
            title: t('licenceHistory.departmentCount'),
            key: 'departments',
            width: 110,
            render: (_: unknown, l) => l.departments.length,
          },
          {
            title: t('licenceHistory.replacedAt'),
            dataIndex: 'replacedAt',
            render: (at: string | null) => (at ? formatDateTime(at) : '—'),
          },
        ]}
      />
    </Card>
  );
}
