import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../app/components/page-header';
import { useRemote } from '../../app/hooks/use-remote';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { getPractitioner, type PractitionerDetail } from './api';
import { DetailFallback } from './detail-state';
import { EditRecordButton } from './edit-buttons';
import { enumLabel, statusColor } from './labels';
import { dateOnly } from './licence-expiry';
import { RegistryTimeline } from './registry-timeline';

const LIST_PATH = '/registry/practitioners';
type Registration = PractitionerDetail['registrations'][number];

export default function PractitionerDetailPage() {
  const { t, lang } = useI18n();
  const id = useParams().id ?? '';
  // Remember which id a response belongs to: the previous record stays in `data` while the next loads.
  const loader = useCallback(
    (signal: AbortSignal) => getPractitioner(id, signal).then((record) => ({ id, record })),
    [id],
  );
  const { data: loaded, error, reload } = useRemote(loader);
  const data = loaded?.id === id ? loaded.record : undefined;
  const back = (
    <Link to={LIST_PATH}>
      <Button icon={<ArrowLeftOutlined />}>{t('registry.backToList')}</Button>
    </Link>
  );
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
