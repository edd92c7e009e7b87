import { LinkOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-context';
import { enumLabel, statusColor } from '../registry/labels';
import { withinDates } from './coverage';
import { DepartmentTags } from './evidence-institution';
import type { EvidencePractitioner } from './types';

const mono = { fontFamily: 'monospace' } as const;
type Registration = EvidencePractitioner['registrations'][number];

/**
 * The practitioner as the registry held them on the service date: status, title, practice scopes
 * and registrations (the one at the record's institution marked), with a link to their registry page.
 */
export function EvidencePractitionerCard({
  practitioner,
  asOf,
  institutionId,
  department,
}: {
  practitioner: EvidencePractitioner | null;
  asOf: string;
  institutionId?: string;
  department?: string;
}) {
  const { t, lang } = useI18n();
  return (
    <Card
      title={t('screen.evidence.practitionerFacts', { date: asOf })}
      size="small"
      data-testid="evidence-practitioner"
      extra={
        practitioner ? (
          <Link
            to={`/registry/practitioners/${encodeURIComponent(practitioner.id)}`}
            data-testid="evidence-practitioner-link"
          >
            <LinkOutlined /> {t('screen.evidence.openPractitioner')}
          </Link>
        ) : null
      }
    >
      {!practitioner ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('screen.evidence.practitionerUnknown')} />
      ) : (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 1, xxl: 2 }}>
            <Descriptions.Item label={t('screen.practitioner')} span={2}>
              {practitioner.name}{' '}
              <Typography.Text type="secondary" style={{ ...mono, marginInlineStart: 8 }}>
                {practitioner.id}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('screen.evidence.category')}>
              {enumLabel(lang, 'practitionerCategory', practitioner.category)}
            </Descriptions.Item>
            <Descriptions.Item label={t('screen.evidence.title')}>
              {enumLabel(lang, 'practitionerTitle', practitioner.title)}
            </Descriptions.Item>
            <Descriptions.Item label={t('screen.evidence.practitionerStatus')}>
              <Tag color={statusColor(practitioner.status)}>
                {enumLabel(lang, 'practitionerStatus', practitioner.status)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('screen.evidence.scopes')} span={2}>
              <DepartmentTags codes={practitioner.scopes} department={department} />
            </Descriptions.Item>
          </Descriptions>
          <Table<Registration>
            rowKey={(r) => `${r.institutionId}:${r.kind}:${r.validFrom ?? ''}`}
            size="small"
            pagination={false}
            dataSource={practitioner.registrations}
            data-testid="evidence-registrations"
            locale={{ emptyText: t('screen.evidence.noRegistrations') }}
            columns={[
              {
                title: t('screen.evidence.registrationAt'),
                dataIndex: 'institutionId',
                render: (id: string) => (
                  <span style={mono}>
                    {id}
                    {id === institutionId ? (
                      <Tag color="green" style={{ marginInlineStart: 8 }}>
                        {t('screen.evidence.thisInstitution')}
                      </Tag>
                    ) : null}
                  </span>
                ),
              },
              {
                title: t('screen.evidence.registrationKind'),
                dataIndex: 'kind',
                width: 140,
                render: (kind: string) => enumLabel(lang, 'registrationKind', kind),
              },
              {
                title: t('screen.evidence.validity'),
                key: 'validity',
                width: 260,
                render: (_: unknown, r) => (
                  <>
                    {r.validFrom ?? '—'} ~ {r.validTo ?? '—'}
                    {withinDates(asOf, r.validFrom, r.validTo) ? null : (
                      <Tag color="default" style={{ marginInlineStart: 8 }}>
                        {t('screen.evidence.notValidOnDate')}
                      </Tag>
                    )}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
