import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../app/i18n/i18n-context';
import type { InstitutionDetail } from './api';
import { groupDepartments } from './code-tree';
import { ExpiryDate } from './expiry-tag';
import { dateOnly } from './licence-expiry';
import { useCodeNames } from './use-code-names';

/** The practice licence: number, validity and the licensed 诊疗科目 grouped by first-level subject. */
export function LicenceCard({ licence }: { licence: InstitutionDetail['licence'] }) {
  const t = useT();
  const names = useCodeNames('zhenliao_kemu');
  const groups = useMemo(() => groupDepartments(licence?.departments ?? [], names), [licence, names]);

  return (
    <Card title={t('inst.licence')} data-testid="licence-card">
      {licence ? (
        <>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('inst.licenceNumber')}>
              <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                {licence.number}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('inst.licenceValidity')}>
              <Flex gap={6} align="center" wrap>
                <span>{dateOnly(licence.validFrom) || '—'}</span>
                <span>~</span>
                <ExpiryDate validTo={licence.validTo} />
              </Flex>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 8 }}>
            {t('inst.departments')}
          </Typography.Title>
          {groups.length === 0 ? (
            <Typography.Text type="secondary">{t('inst.noDepartments')}</Typography.Text>
          ) : (
            <div data-testid="licence-departments">
              {groups.map((group) => (
                <Flex key={group.code} className="wj-dept-group" gap={12} align="baseline">
                  <Typography.Text strong style={{ minWidth: 160, flex: 'none' }}>
                    {group.code} {group.name}
                  </Typography.Text>
                  <Flex gap={6} wrap>
                    {group.items.map((item) => (
                      <Tag key={item.code} color="blue" style={{ marginInlineEnd: 0 }}>
                        {item.code} {item.name}
                      </Tag>
                    ))}
                  </Flex>
                </Flex>
              ))}
            </div>
          )}
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inst.noLicence')} />
      )}
    </Card>
  );
}
