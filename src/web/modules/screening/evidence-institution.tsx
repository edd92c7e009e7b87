import { LinkOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-context';
import { enumLabel, statusColor } from '../registry/labels';
import { useCodeNames } from '../registry/use-code-names';
import { covers, withinDates } from './coverage';
import type { EvidenceInstitution } from './types';

const mono = { fontFamily: 'monospace' } as const;

/** Department tags; those covering the record's department are green, the record's own code is named. */
export function DepartmentTags({ codes, department }: { codes: readonly string[]; department?: string }) {
  const { t } = useI18n();
  const names = useCodeNames('zhenliao_kemu');
  if (!codes.length)
    return <Typography.Text type="secondary">{t('screen.evidence.noDepartments')}</Typography.Text>;
  return (
    <Flex gap={6} wrap>
      {codes.map((code) => (
        <Tag
          key={code}
          color={department && covers(code, department) ? 'green' : undefined}
          style={{ marginInlineEnd: 0 }}
        >
          {code} {names.get(code) ?? ''}
        </Tag>
      ))}
    </Flex>
  );
}

/**
 * The institution as the registry held it on the service date: status, practice licence (number,
 * validity, licensed departments) or clinic filing, with a link to its registry page.
 */
export function EvidenceInstitutionCard({
  institution,
  asOf,
  department,
}: {
  institution: EvidenceInstitution | null;
  asOf: string;
  department?: string;
}) {
  const { t, lang } = useI18n();
  const licence = institution?.licence ?? null;
  const filing = institution?.clinicFiling ?? null;
  return (
    <Card
      title={t('screen.evidence.licence', { date: asOf })}
      size="small"
      data-testid="evidence-licence"
      extra={
        institution ? (
          <Link
            to={`/registry/institutions/${encodeURIComponent(institution.id)}`}
            data-testid="evidence-licence-link"
          >
            <LinkOutlined /> {t('screen.evidence.openInstitution')}
          </Link>
        ) : null
      }
    >
      {!institution ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('screen.evidence.institutionUnknown')} />
      ) : (
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 1, xxl: 2 }}>
          <Descriptions.Item label={t('screen.institution')} span={2}>
            {institution.name}{' '}
            <Typography.Text type="secondary" style={{ ...mono, marginInlineStart: 8 }}>
              {institution.id}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('screen.evidence.category')}>
            {enumLabel(lang, 'institutionCategory', institution.category)}
          </Descriptions.Item>
          <Descriptions.Item label={t('screen.evidence.institutionStatus')}>
            <Tag color={statusColor(institution.status)}>
              {enumLabel(lang, 'institutionStatus', institution.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('screen.evidence.licenceNumber')}>
            {licence ? <span style={mono}>{licence.number}</span> : t('screen.evidence.noLicence')}
          </Descriptions.Item>
          <Descriptions.Item label={t('screen.evidence.validity')}>
            {licence ? (
              <Flex gap={6} align="center" wrap>
                <span>
                  {licence.validFrom ?? '—'} ~ {licence.validTo ?? '—'}
                </span>
                {withinDates(asOf, licence.validFrom, licence.validTo) ? null : (
                  <Tag color="error">{t('screen.evidence.notValidOnDate')}</Tag>
                )}
              </Flex>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          {licence ? (
            <Descriptions.Item label={t('screen.evidence.licensedDepartments')} span={2}>
              <div data-testid="evidence-licence-departments">
                <DepartmentTags codes={licence.departments} department={department} />
              </div>
            </Descriptions.Item>
          ) : null}
          {filing ? (
            <Descriptions.Item label={t('screen.evidence.clinicFiling')} span={2}>
              <Flex vertical gap={6}>
                <span>
                  <span style={mono}>{filing.filingNumber}</span> · {t('screen.evidence.filedOn')}{' '}
                  {filing.filedOn ?? '—'}
                  {filing.withdrawnOn ? ` · ${t('screen.evidence.withdrawnOn')} ${filing.withdrawnOn}` : ''}
                </span>
                <DepartmentTags codes={filing.departments} department={department} />
              </Flex>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      )}
    </Card>
  );
}
