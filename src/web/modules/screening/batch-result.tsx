import { Button, Card, Flex, Result, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-context';
import { type FindingRow, findingRows, findingTotal } from './batch-findings';
import { RuleLabel, SeverityTag } from './screening-tags';
import type { Batch } from './types';
import { useRules } from './use-rules';
import { warningsLink } from './warning-filters';

/**
 * A screened batch: records read, findings and new warnings; the findings by rule, each with a link
 * to its warnings; and the rule versions the job used.
 */
export function BatchResult({ item }: { item: Batch }) {
  const { t, lang } = useI18n();
  const { rules, loading } = useRules();
  const rows = findingRows(item.findings, rules);
  const total = findingTotal(item.findings);
  return (
    <Card data-testid="batch-result">
      <Result
        status={total ? 'warning' : 'success'}
        title={t(total ? 'screen.batch.doneWithFindings' : 'screen.batch.doneClean')}
        subTitle={t('screen.batch.doneSubtitle', {
          records: item.records.toLocaleString(),
          findings: total.toLocaleString(),
          warnings: (item.newWarnings ?? 0).toLocaleString(),
        })}
        extra={
          <Link to={warningsLink({ batchId: item.id })} data-testid="batch-warnings-link">
            <Button type="primary">{t('screen.batch.viewWarnings')}</Button>
          </Link>
        }
      />
      <Typography.Title level={5}>{t('screen.batch.byRule')}</Typography.Title>
      <Table<FindingRow>
        rowKey="code"
        size="middle"
        loading={loading}
        pagination={false}
        dataSource={rows}
        data-testid="batch-findings"
        columns={[
          {
            title: t('screen.rule'),
            key: 'rule',
            render: (_: unknown, r) => <RuleLabel code={r.code} rule={r.rule} lang={lang} />,
          },
          {
            title: t('screen.severity'),
            key: 'severity',
            width: 110,
            render: (_: unknown, r) => (r.rule ? <SeverityTag severity={r.rule.severity} /> : null),
          },
          {
            title: t('screen.batch.findingCount'),
            dataIndex: 'count',
            width: 110,
            align: 'right',
            render: (n: number) =>
              n ? (
                <Typography.Text strong>{n.toLocaleString()}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">0</Typography.Text>
              ),
          },
          {
            title: t('common.actions'),
            key: 'link',
            width: 120,
            render: (_: unknown, r) =>
              r.count ? (
                <Link
                  to={warningsLink({ batchId: item.id, rule: r.code })}
                  data-testid={`batch-rule-${r.code}`}
                >
                  {t('screen.batch.viewRuleWarnings')}
                </Link>
              ) : null,
          },
        ]}
      />
      {item.ruleVersions?.length ? (
        <Flex gap={8} wrap align="center" style={{ marginTop: 16 }} data-testid="batch-rule-versions">
          <Typography.Text type="secondary">{t('screen.batch.ruleVersions')}</Typography.Text>
          {item.ruleVersions.map((v) => (
            <Tag key={v.code} bordered={false} style={{ fontFamily: 'monospace' }}>
              {v.id} {v.code}@{v.version}
            </Tag>
          ))}
        </Flex>
      ) : null}
    </Card>
  );
}
