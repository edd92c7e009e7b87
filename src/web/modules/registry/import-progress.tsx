import { Card, Flex, Progress, Steps, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context';
import type { ImportSummary } from './imports-api';

const PHASES = ['queued', 'checking', 'writing', 'done'] as const;

/** Where a running import has got: its phase among the steps, and rows processed as a bar. */
export function ImportProgress({ item }: { item: ImportSummary }) {
  const t = useT();
  const current = Math.max(0, PHASES.indexOf(item.status as (typeof PHASES)[number]));
  return (
    <Card data-testid="import-progress">
      <Flex vertical gap={12}>
        <Steps
          current={current}
          items={PHASES.map((phase) => ({ title: t(`import.status.${phase}`) }))}
          size="small"
        />
        <Progress percent={item.percent} status="active" data-testid="import-progress-bar" />
        {item.total ? (
          <Typography.Text>
            {t('import.progress', {
              processed: item.processed.toLocaleString(),
              total: item.total.toLocaleString(),
            })}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary">{t('import.serverSide')}</Typography.Text>
      </Flex>
    </Card>
  );
}
