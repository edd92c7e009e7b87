import { Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../app/components/page-header';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { getPractitioner, type PractitionerDetail } from './api';
import { BackToList, DetailFallback, useRecordOfRoute } from './detail-state';
import { EditRecordButton } from './edit-buttons';
import { enumLabel, statusColor } from './labels';
import { dateOnly } from './licence-expiry';
import { RegistryTimeline } from './registry-timeline';

const LIST_PATH = '/registry/practitioners';
type Registration = PractitionerDetail['registrations'][number];

export default function PractitionerDetailPage() {
  const { t, lang } = useI18n();
  const { data, error, reload } = useRecordOfRoute(getPractitioner);
  const back = <BackToList path={LIST_PATH} />;
  if (!data) {
    return (
      <>
        <PageHeader title={t('prac.title')} extra={back} />
        <DetailFallback error={error} reload={reload} listPath={LIST_PATH} />
      </>
    );
  }

  const scopes = data.scopesNamed.length
    ? data.scopesNamed
    : data.scopes.map((code) => ({ code, name: code }));
  return (
    <>
      <PageHeader
        title={data.name}
        extra={
          <>
            <EditRecordButton resource="practitioners" id={data.id} />
            {back}
          </>
        }
        description={
          <Flex gap={8} align="center" wrap data-testid="practitioner-header">
            <Tag color={statusColor(data.status)}>{enumLabel(lang, 'practitionerStatus', data.status)}</Tag>
            <Tag color="geekblue">{enumLabel(lang, 'practitionerCategory', data.category)}</Tag>
            <span>{enumLabel(lang, 'practitionerTitle', data.title)}</span>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('registry.basic')}>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t('prac.id')}>
              <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                {data.id}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('prac.certificateNo')}>
              {data.certificateNo ? (
                <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                  {data.certificateNo}
                </Typography.Text>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('registry.district')}>
              {pickName(lang, data.districtName, data.districtNameEn) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('prac.primaryInstitution')}>
              {data.primaryInstitutionId ? (
                <Link to={`/registry/institutions/${encodeURIComponent(data.primaryInstitutionId)}`}>
                  {data.primaryInstitutionName ?? data.primaryInstitutionId}
                </Link>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('prac.multiSiteCount')}>{data.multiSiteCount}</Descriptions.Item>
            <Descriptions.Item label={t('prac.scopes')} span={3}>
              {scopes.length === 0 ? (
                t('prac.noScopes')
              ) : (
                <Flex gap={6} wrap data-testid="practitioner-scopes">
                  {scopes.map((s) => (
                    <Tag key={s.code} color="blue" style={{ marginInlineEnd: 0 }}>
                      {s.name === s.code ? s.code : `${s.code} ${s.name}`}
                    </Tag>
                  ))}
                </Flex>
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('prac.registrations')}>
          <Table<Registration>
            rowKey={(r) => `${r.institutionId}-${r.kind}-${r.validFrom ?? ''}`}
            size="small"
            data-testid="practitioner-registrations"
            dataSource={data.registrations}
            pagination={false}
            locale={{ emptyText: t('prac.noRegistrations') }}
            columns={[
              {
                title: t('prac.institution'),
                dataIndex: 'institutionName',
                render: (name: string, r) => (
                  <Link to={`/registry/institutions/${encodeURIComponent(r.institutionId)}`}>{name}</Link>
                ),
              },
              {
                title: t('prac.kind'),
                dataIndex: 'kind',
                render: (k: string) => (
                  <Tag color={k === 'primary' ? 'blue' : 'purple'}>
                    {enumLabel(lang, 'registrationKind', k)}
                  </Tag>
                ),
              },
              {
                title: t('prac.validFrom'),
                dataIndex: 'validFrom',
                render: (d: string | null) => dateOnly(d) || '—',
              },
              {
                title: t('prac.validTo'),
                dataIndex: 'validTo',
                render: (d: string | null) => dateOnly(d) || '—',
              },
            ]}
          />
        </Card>
        <Card
          title={t('registry.timeline')}
          extra={<Typography.Text type="secondary">{t('registry.timezone')}</Typography.Text>}
        >
          <RegistryTimeline entries={data.timeline} subject="practitioner" />
        </Card>
      </Flex>
    </>
  );
}
