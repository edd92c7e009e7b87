import { Card, Descriptions, Tag, Tooltip, Typography } from 'antd';
import { useI18n, useT } from '../../app/i18n/i18n-context';
import { useCodeNames } from '../registry/use-code-names';
import { ruleBasis, ruleTitle, SeverityTag } from './screening-tags';
import type { Evidence } from './types';

const mono = { fontFamily: 'monospace' } as const;

/** The rule the record broke: code, title, severity, version, legal basis (and how far it is verified), parameters. */
export function EvidenceRuleCard({
  rule,
  basisStatus,
}: {
  rule: Evidence['rule'];
  basisStatus?: 'V' | 'S' | 'U';
}) {
  const { t, lang } = useI18n();
  const parameters = Object.entries(rule.parameters ?? {});
  return (
    <Card title={t('screen.evidence.rule')} size="small" data-testid="evidence-rule">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('screen.rule')}>
          <Tag bordered={false} style={mono}>
            {rule.id} {rule.code}
          </Tag>
          {ruleTitle(rule, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.severity')}>
          <SeverityTag severity={rule.severity} />
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.version')}>v{rule.version}</Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.legalBasis')}>
          {ruleBasis(rule, lang)}
          {basisStatus ? (
            <Tooltip title={t(`screen.basisStatus.${basisStatus}`)}>
              <Tag
                style={{ marginInlineStart: 8 }}
                color={basisStatus === 'V' ? 'green' : basisStatus === 'S' ? 'blue' : 'default'}
              >
                {t(`screen.basisShort.${basisStatus}`)}
              </Tag>
            </Tooltip>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.parameters')}>
          {parameters.length
            ? parameters.map(([name, value]) => (
                <Tag key={name} bordered={false} style={mono}>
                  {name} = {value}
                </Tag>
              ))
            : t('screen.evidence.noParameters')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** The uploaded record as it was received; the patient reference is the institution's pseudonym. */
export function EvidenceRecordCard({ record }: { record: NonNullable<Evidence['record']> }) {
  const t = useT();
  const departments = useCodeNames('zhenliao_kemu');
  const department = departments.get(record.departmentCode);
  return (
    <Card title={t('screen.evidence.record')} size="small" data-testid="evidence-record">
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 1, xxl: 2 }}>
        <Descriptions.Item label={t('screen.evidence.recordId')}>
          <Typography.Text copyable style={mono}>
            {record.id}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.serviceDate')}>{record.serviceDate}</Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.institutionId')}>
          <span style={mono}>{record.institutionId}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.practitionerId')}>
          <span style={mono}>{record.practitionerId || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.department')}>
          <span style={mono}>{record.departmentCode}</span>
          {department ? <span style={{ marginInlineStart: 6 }}>{department}</span> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.patientRef')}>
          <span style={mono} data-testid="evidence-patient-ref">
            {record.patientRef}
          </span>
          <Tooltip title={t('screen.evidence.patientRefHint')}>
            <Tag color="cyan" style={{ marginInlineStart: 8 }}>
              {t('screen.evidence.pseudonymous')}
            </Tag>
          </Tooltip>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.item')}>
          {t(`screen.itemType.${itemType(record.itemType)}`)} · <span style={mono}>{record.itemCode}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.quantityPrice')}>
          {String(record.quantity)} × {String(record.unitPrice)}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function itemType(value: string): 'drug' | 'procedure' | 'consumable' | 'other' {
  return value === 'drug' || value === 'procedure' || value === 'consumable' ? value : 'other';
}
