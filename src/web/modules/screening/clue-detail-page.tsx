import { Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../app/components/page-header';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/i18n-context';
import { BackToList, DetailFallback, useRecordOfRoute } from '../registry/detail-state';
import { getClue } from './api';
import type { Warning } from './types';
import { useRules } from './use-rules';
import { warningColumns, warningTableWidth } from './warning-columns';

/** One clue (线索): its number, title, note, and the warnings it was made of (each linked). */
export default function ClueDetailPage() {
  const { t, lang } = useI18n();
  const { data, error, reload } = useRecordOfRoute(getClue);
  const { byCode } = useRules();
  const columns = useMemo(() => warningColumns(t, lang, byCode), [t, lang, byCode]);
  const back = <BackToList path="/screening/clues" />;
  if (!data)
    return (
      <>
        <PageHeader title={t('screen.clue.detailTitle')} extra={back} />
        <DetailFallback error={error} reload={reload} listPath="/screening/clues" />
      </>
    );
  return (
    <>
      <PageHeader
        title={`${t('screen.clue.detailTitle')} ${data.number}`}
        description={data.title}
        extra={back}
      />
      <Flex vertical gap={16}>
        <Card size="small" data-testid="clue-detail">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('screen.clue.number')}>
              <Typography.Text copyable style={{ fontFamily: 'monospace' }} data-testid="clue-number">
                {data.number}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('screen.status')}>
              <Tag color="processing">{t(`screen.clueStatus.${data.status}`)}</Tag>
              <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
                {t('screen.clue.sourceScreening')}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('screen.district')}>{data.districtName}</Descriptions.Item>
            <Descriptions.Item label={t('screen.institution')}>
              {data.institutionId ? (
                <Link to={`/registry/institutions/${encodeURIComponent(data.institutionId)}`}>
                  {data.institutionName ?? data.institutionId}
                </Link>
              ) : (
                t('screen.clue.severalInstitutions')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('screen.clue.createdBy')}>{data.createdBy}</Descriptions.Item>
            <Descriptions.Item label={t('screen.clue.createdAt')}>
              {formatDateTime(data.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('screen.clue.title')} span={3}>
              {data.title}
            </Descriptions.Item>
            <Descriptions.Item label={t('screen.clue.note')} span={3}>
              {data.note ? (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {data.note}
                </Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">{t('screen.clue.nextSteps')}</Typography.Text>
        </Card>
        <Card title={t('screen.clue.warnings', { count: data.warnings.length })}>
          <Table<Warning>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data.warnings}
            scroll={{ x: warningTableWidth(true) }}
            pagination={data.warnings.length > 20 ? { pageSize: 20 } : false}
            data-testid="clue-warnings"
          />
        </Card>
      </Flex>
    </>
  );
}
