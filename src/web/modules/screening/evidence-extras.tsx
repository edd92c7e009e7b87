import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-context';
import { enumLabel } from '../registry/labels';
import type { Evidence } from './types';

const mono = { fontFamily: 'monospace' } as const;

/** The drug of a drug record as the registry lists it (antibiotic level, price cap). */
export function EvidenceDrugCard({ drug }: { drug: NonNullable<Evidence['drug']> }) {
  const { t } = useI18n();
  return (
    <Card title={t('screen.evidence.drug')} size="small" data-testid="evidence-drug">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('screen.evidence.drugName')} span={2}>
          {drug.name}{' '}
          <Typography.Text type="secondary" style={{ ...mono, marginInlineStart: 8 }}>
            {drug.code}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.antibioticLevel')}>
          {drug.antibioticLevel
            ? t('screen.evidence.level', { level: drug.antibioticLevel })
            : t('screen.evidence.notAntibiotic')}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.priceCap')}>
          {drug.priceCap === null || drug.priceCap === undefined ? '—' : String(drug.priceCap)}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** R9: the records charged twice — the one kept (smallest id) and the others, which are the findings. */
export function EvidenceDuplicatesCard({
  duplicates,
  recordId,
}: {
  duplicates: NonNullable<Evidence['duplicates']>;
  recordId?: string;
}) {
  const { t } = useI18n();
  const { key } = duplicates;
  const others = duplicates.records.filter((id) => id !== duplicates.kept);
  const tag = (id: string, color?: string) => (
    <Tag key={id} color={id === recordId ? 'red' : color} style={mono}>
      {id}
    </Tag>
  );
  return (
    <Card title={t('screen.evidence.duplicates')} size="small" data-testid="evidence-duplicates">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('screen.evidence.institutionId')}>
          <span style={mono}>{key.institutionId}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.patientRef')}>
          <span style={mono}>{key.patientRef}</span>{' '}
          <Tag color="cyan">{t('screen.evidence.pseudonymous')}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.itemCode')}>
          <span style={mono}>{key.itemCode}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.serviceDate')}>{key.serviceDate}</Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.kept')}>
          {tag(duplicates.kept, 'green')}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.duplicateRecords')}>
          <Flex gap={4} wrap>
            {others.map((id) => tag(id))}
          </Flex>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** R10: the institution's monthly total of a drug against the median of its peers of the same category. */
export function EvidenceVolumeCard({ volume }: { volume: NonNullable<Evidence['volume']> }) {
  const { t, lang } = useI18n();
  const threshold = volume.median * volume.multiplier;
  return (
    <Card title={t('screen.evidence.volume')} size="small" data-testid="evidence-volume">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('screen.evidence.institutionId')}>
          <Link to={`/registry/institutions/${encodeURIComponent(volume.institutionId)}`} style={mono}>
            {volume.institutionId}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.itemCode')}>
          <span style={mono}>{volume.drugCode}</span> · {volume.month}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.category')}>
          {enumLabel(lang, 'institutionCategory', volume.category)}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.peers')}>
          {t('screen.evidence.peersValue', { peers: volume.peers, minimum: volume.peerMinimum })}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.total')}>
          <Typography.Text strong type="danger">
            {volume.total.toLocaleString()}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.median')}>
          {t('screen.evidence.medianValue', {
            median: volume.median.toLocaleString(),
            multiplier: volume.multiplier,
            threshold: threshold.toLocaleString(),
          })}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
