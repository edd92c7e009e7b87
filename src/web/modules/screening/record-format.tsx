import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context';
import { batchTemplateUrl } from './api';

/** The interchange-v1 records.csv columns. */
export const RECORD_COLUMNS = [
  'id',
  'institution_id',
  'practitioner_id',
  'department_code',
  'service_date',
  'patient_ref',
  'item_type',
  'item_code',
  'quantity',
  'unit_price',
] as const;

/** What a record file holds, column by column, and the header template to download. */
export function RecordFormat() {
  const t = useT();
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('screen.format.intro')}</Typography.Text>
      <Table
        rowKey="column"
        size="small"
        pagination={false}
        dataSource={RECORD_COLUMNS.map((column) => ({ column }))}
        columns={[
          {
            title: t('screen.format.column'),
            dataIndex: 'column',
            width: 140,
            render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
          },
          {
            title: t('screen.format.meaning'),
            dataIndex: 'column',
            key: 'meaning',
            render: (c: (typeof RECORD_COLUMNS)[number]) => t(`screen.format.col.${c}`),
          },
        ]}
      />
      <Typography.Text type="secondary">{t('screen.format.pseudonymous')}</Typography.Text>
      <span>
        <Button icon={<DownloadOutlined />} href={batchTemplateUrl()} download data-testid="batch-template">
          {t('screen.format.template')}
        </Button>
      </span>
    </Flex>
  );
}
