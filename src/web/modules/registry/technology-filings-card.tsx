import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import type { TechnologyFiling } from './filing-api';
import { enumLabel } from './labels';
import { TechnologyFilingModal, WithdrawFilingModal } from './technology-filing-modals';

/** 限制类技术备案 of an institution: standing and withdrawn filings; filing and withdrawing for managers. */
export function TechnologyFilingsCard({
  institutionId,
  filings,
  licensed,
  canManage,
  onChanged,
}: {
  institutionId: string;
  filings: TechnologyFiling[];
  /** 诊疗科目 codes of the current licence; null without a licence. */
  licensed: string[] | null;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<TechnologyFiling | null>(null);
  const standing = filings.filter((f) => f.status === 'filed').length;

  return (
    <Card
      title={`${t('filing.technology.title')} (${standing}/${filings.length})`}
      data-testid="technology-filings"
      extra={
        canManage && licensed ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="technology-filing-add">
            {t('filing.technology.add')}
          </Button>
        ) : null
      }
    >
      <Table<TechnologyFiling>
        rowKey="id"
        size="small"
        dataSource={filings}
        pagination={filings.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={licensed ? t('filing.technology.empty') : t('filing.noLicence')}
            />
          ),
        }}
        columns={[
          {
            title: t('filing.technology.technology'),
            dataIndex: 'technologyName',
            render: (name: string, f) => (
              <Flex vertical>
                <span>{name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.technologyCode}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('filing.technology.department'),
            dataIndex: 'departmentName',
            render: (name: string, f) => `${f.departmentCode} ${name}`,
          },
          { title: t('filing.number'), dataIndex: 'filingNumber' },
          { title: t('filing.filedOn'), dataIndex: 'filedOn', width: 110 },
          {
            title: t('filing.status'),
            dataIndex: 'status',
            render: (status: string, f) => (
              <Flex vertical gap={2}>
                <Tag color={status === 'filed' ? 'success' : 'default'} style={{ width: 'fit-content' }}>
                  {enumLabel(lang, 'filingStatus', status)}
                </Tag>
                {f.withdrawnOn ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.withdrawnOn} {f.withdrawalReason}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, f: TechnologyFiling) =>
                    f.status === 'filed' ? (
                      <Button type="link" size="small" danger onClick={() => setWithdrawing(f)}>
                        {t('filing.technology.withdraw')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {canManage ? (
        <>
          <TechnologyFilingModal
            institutionId={institutionId}
            licensed={licensed ?? []}
            open={adding}
            onClose={() => setAdding(false)}
            onSaved={onChanged}
          />
          <WithdrawFilingModal
            institutionId={institutionId}
            filing={withdrawing}
            onClose={() => setWithdrawing(null)}
            onSaved={onChanged}
          />
        </>
      ) : null}
    </Card>
  );
}
