import { CheckCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import type { Validation, Verification } from './filing-api';
import { enumLabel } from './labels';
import { ValidationModal } from './validation-modal';
import { VerificationTag } from './verification-tag';

const RESULT_COLORS: Record<string, string> = {
  pending: 'processing',
  passed: 'success',
  deferred: 'warning',
};

/** 校验记录: the state of the open period, the cycle rule, and every period with its result. */
export function ValidationsCard({
  institutionId,
  beds,
  validations,
  verification,
  canManage,
  onChanged,
}: {
  institutionId: string;
  beds: number;
  validations: Validation[];
  verification: Verification;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const v = verification;
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <span>{t('validation.title')}</span>
          <VerificationTag verification={v} />
        </Flex>
      }
      data-testid="validations"
      extra={
        canManage ? (
          <Button
            icon={<CheckCircleOutlined />}
            onClick={() => setOpen(true)}
            data-testid="validation-record"
          >
            {t('validation.record')}
          </Button>
        ) : null
      }
    >
      <Flex gap={16} wrap style={{ marginBottom: 12 }}>
        <Typography.Text>
          {v.periodStart
            ? t('validation.current', {
                start: v.periodStart,
                end: v.periodEnd ?? '',
                applyBy: v.applyBy ?? '',
              })
            : t('validation.none')}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('validation.cycle', { years: v.cycleYears, beds })}{' '}
          <Tooltip title={t('validation.cycleRule')}>
            <QuestionCircleOutlined />
          </Tooltip>
        </Typography.Text>
      </Flex>
      <Table<Validation>
        rowKey="id"
        size="small"
        dataSource={validations}
        pagination={validations.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('validation.empty')} />,
        }}
        columns={[
          {
            title: t('validation.period'),
            key: 'period',
            render: (_: unknown, r) => `${r.periodStart} ~ ${r.periodEnd}`,
          },
          { title: t('validation.applyBy'), dataIndex: 'applyBy', width: 110 },
          {
            title: t('validation.result'),
            dataIndex: 'result',
            render: (result: string, r) => (
              <Flex vertical gap={2}>
                <Tag color={RESULT_COLORS[result]} style={{ width: 'fit-content' }}>
                  {enumLabel(lang, 'validationResult', result)}
                </Tag>
                {r.reason ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.reason}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          {
            title: t('validation.decidedOn'),
            dataIndex: 'decidedOn',
            width: 110,
            render: (d: string | null) => d ?? '—',
          },
          {
            title: t('validation.decidedBy'),
            dataIndex: 'decidedBy',
            render: (d: string | null) => d ?? '—',
          },
        ]}
      />
      {canManage ? (
        <ValidationModal
          institutionId={institutionId}
          verification={v}
          open={open}
          onClose={() => setOpen(false)}
          onSaved={onChanged}
        />
      ) : null}
    </Card>
  );
}
