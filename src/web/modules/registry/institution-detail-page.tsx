import { Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../app/components/page-header';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { getInstitution, type InstitutionDetail } from './api';
import { BackToList, DetailFallback, useRecordOfRoute } from './detail-state';
import { EditRecordButton } from './edit-buttons';
import { FhirExportButton } from './fhir-export-button';
import { institutionFhirUrl } from './fhir-export-url';
import { enumLabel, statusColor } from './labels';
import { InstitutionFilingSections } from './institution-filing-sections';
import { LicenceCard } from './licence-card';
import { RegistryTimeline } from './registry-timeline';

const LIST_PATH = '/registry/institutions';
type Practitioner = InstitutionDetail['practitioners'][number];

export default function InstitutionDetailPage() {
  const { t, lang } = useI18n();
  const { data, error, reload } = useRecordOfRoute(getInstitution);
  const back = <BackToList path={LIST_PATH} />;
  if (!data) {
    return (
      <>
        <PageHeader title={t('inst.title')} extra={back} />
        <DetailFallback error={error} reload={reload} listPath={LIST_PATH} />
      </>
    );
  }

  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return (
    <>
      <PageHeader
        title={data.name}
        extra={
          <Flex gap={8} wrap>
            <FhirExportButton href={institutionFhirUrl(data.id)} testId="institution-export-fhir" />
            <EditRecordButton resource="institutions" id={data.id} />
            {back}
          </Flex>
        }
        description={
          <Flex gap={8} align="center" wrap data-testid="institution-header">
            <Tag color={statusColor(data.status)}>{enumLabel(lang, 'institutionStatus', data.status)}</Tag>
            <Tag color="geekblue">{enumLabel(lang, 'institutionCategory', data.category)}</Tag>
            <span>{pickName(lang, data.districtName, data.districtNameEn)}</span>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('registry.basic')}>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t('inst.id')}>
              <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                {data.id}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('inst.ownership')}>
              {enumLabel(lang, 'ownership', data.ownership)}
            </Descriptions.Item>
            <Descriptions.Item label={t('inst.forProfit')}>{yesNo(data.forProfit)}</Descriptions.Item>
            <Descriptions.Item label={t('inst.isTcm')}>{yesNo(data.isTcm)}</Descriptions.Item>
            <Descriptions.Item label={t('inst.beds')}>{data.beds ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('inst.legalRepresentative')}>
              {data.legalRepresentative || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('inst.street')}>{data.streetName || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('inst.address')} span={2}>
              {data.address || '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <LicenceCard licence={data.licence} />
        <InstitutionFilingSections data={data} onChanged={reload} />
        <Card title={`${t('inst.practitioners')} (${data.practitioners.length})`}>
          <Table<Practitioner>
            rowKey="id"
            size="small"
            data-testid="institution-practitioners"
            dataSource={data.practitioners}
            pagination={data.practitioners.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            locale={{ emptyText: t('inst.noPractitioners') }}
            columns={[
              {
                title: t('prac.name'),
                dataIndex: 'name',
                render: (name: string, p) => (
                  <Link to={`/registry/practitioners/${encodeURIComponent(p.id)}`}>{name}</Link>
                ),
              },
              {
                title: t('prac.category'),
                dataIndex: 'category',
                render: (c: string) => enumLabel(lang, 'practitionerCategory', c),
              },
              {
                title: t('prac.professionalTitle'),
                dataIndex: 'title',
                render: (v: string) => enumLabel(lang, 'practitionerTitle', v),
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
            ]}
          />
        </Card>
        <Card
          title={t('registry.timeline')}
          extra={<Typography.Text type="secondary">{t('registry.timezone')}</Typography.Text>}
        >
          <RegistryTimeline entries={data.timeline} subject="institution" />
        </Card>
      </Flex>
    </>
  );
}
