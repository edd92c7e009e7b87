import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { ClinicFilingModal } from './clinic-filing-modal';
import type { ClinicFiling } from './filing-api';
import { enumLabel } from './labels';

/** 诊所备案 of a clinic: number, type, authority and the departments it may practise. */
export function ClinicFilingCard({
  institutionId,
  filing,
  licensed,
  canManage,
  onChanged,
}: {
  institutionId: string;
  filing: ClinicFiling | null;
  licensed: string[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Card
      title={t('filing.clinic.title')}
      data-testid="clinic-filing"
      extra={
        canManage ? (
          <Button icon={filing ? <EditOutlined /> : <PlusOutlined />} onClick={() => setOpen(true)}>
            {filing ? t('filing.clinic.change') : t('filing.clinic.record')}
          </Button>
        ) : null
      }
    >
      {filing ? (
        <>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t('filing.number')}>
              <Typography.Text copyable>{filing.filingNumber}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('filing.clinic.kind')}>
              {enumLabel(lang, 'clinicFilingKind', filing.kind)}
            </Descriptions.Item>
            <Descriptions.Item label={t('filing.status')}>
              <Tag color={filing.status === 'filed' ? 'success' : 'default'}>
                {enumLabel(lang, 'filingStatus', filing.status)}
              </Tag>
              {filing.withdrawnOn ? `${filing.withdrawnOn} ${filing.withdrawalReason ?? ''}` : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('filing.filedOn')}>{filing.filedOn}</Descriptions.Item>
            <Descriptions.Item label={t('filing.clinic.authority')}>
              {pickName(lang, filing.authorityName, filing.authorityNameEn)}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 8 }}>
            {t('filing.clinic.departments')}
          </Typography.Title>
          <Flex gap={6} wrap>
            {filing.departments.map((d) => (
              <Tag key={d.code} color="cyan" style={{ marginInlineEnd: 0 }}>
                {d.code} {d.name}
              </Tag>
            ))}
          </Flex>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('filing.clinic.rule')}
          </Typography.Paragraph>
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('filing.clinic.empty')} />
      )}
      {canManage ? (
        <ClinicFilingModal
          institutionId={institutionId}
          filing={filing}
          licensed={licensed}
          open={open}
          onClose={() => setOpen(false)}
          onSaved={onChanged}
        />
      ) : null}
    </Card>
  );
}
