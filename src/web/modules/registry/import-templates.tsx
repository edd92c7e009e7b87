import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context';
import { templateUrl } from './imports-api';

const KINDS = ['institutions', 'practitioners', 'drugs'] as const;

/** Header templates of the three interchange files, as CSV and as Excel. */
export function ImportTemplates() {
  const t = useT();
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('import.templatesHint')}</Typography.Text>
      {KINDS.map((kind) => (
        <Flex key={kind} vertical gap={6}>
          <Typography.Text>
            {t(`import.kind.${kind}`)} <Typography.Text code>{kind}.csv</Typography.Text>
          </Typography.Text>
          <span style={{ display: 'inline-flex', gap: 8 }}>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={templateUrl(kind, 'csv')}
              download
              data-testid={`template-${kind}-csv`}
            >
              CSV
            </Button>
            <Button size="small" icon={<DownloadOutlined />} href={templateUrl(kind, 'xlsx')} download>
              Excel
            </Button>
          </span>
        </Flex>
      ))}
    </Flex>
  );
}
