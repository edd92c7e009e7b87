import { Alert, Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { SeverityTag, WarningStatusTag } from './screening-tags';
import type { WarningDetail } from './types';

/** Where the warning stands: status (with the dismissal or the clue), dates, district, batch. */
export function WarningStatusCard({ warning }: { warning: WarningDetail }) {
  const { t, lang } = useI18n();
  return (
    <Card size="small" data-testid="warning-status-card">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('screen.status')}>
          <WarningStatusTag status={warning.status} />
          {warning.clueId && warning.clueNumber ? (
            <Link to={`/screening/clues/${warning.clueId}`} data-testid="warning-clue-link">
              {warning.clueNumber}
            </Link>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.severity')}>
          <SeverityTag severity={warning.severity} />
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.serviceDate')}>{warning.serviceDate}</Descriptions.Item>
        <Descriptions.Item label={t('screen.district')}>
          {pickName(lang, warning.districtName, warning.districtNameEn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.batch')}>
          <Link to={`/screening/batches/${warning.batchId}`}>{warning.batchId.slice(0, 8)}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('screen.evidence.raisedAt')}>
          {formatDateTime(warning.createdAt)}
        </Descriptions.Item>
      </Descriptions>
      {warning.dismissal ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          title={t('screen.evidence.dismissedBy', {
            by: warning.dismissal.by,
            at: formatDateTime(warning.dismissal.at),
          })}
          description={
            <Typography.Text data-testid="warning-dismissal-reason">
              {warning.dismissal.reason}
            </Typography.Text>
          }
        />
      ) : null}
    </Card>
  );
}

/** The registry facts the record broke, one line each, in the current language. */
export function BrokenFactsCard({ warning }: { warning: WarningDetail }) {
  const { t, lang } = useI18n();
  const broken = warning.evidence.broken ?? [];
  return (
    <Card
      title={t('screen.evidence.broken')}
      size="small"
      data-testid="warning-evidence"
      styles={{ header: { background: '#fff2f0' } }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('screen.evidence.asOf', { date: warning.evidence.asOf })}
      </Typography.Paragraph>
      {broken.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="evidence-broken">
          {broken.map((b) => (
            <li key={`${b.fact}:${b.zh}`} data-fact={b.fact}>
              <Typography.Text>{lang === 'en' ? b.en || b.zh : b.zh || b.en}</Typography.Text>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">{t('screen.evidence.noBroken')}</Typography.Text>
      )}
    </Card>
  );
}
