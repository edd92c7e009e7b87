import { ApiOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useT } from '../../app/i18n/i18n-context';

/**
 * Downloads a FHIR R4 Bundle (application/fhir+json). A plain link, like the CSV/XLSX exports:
 * the browser sends the session cookie and saves the attachment.
 */
export function FhirExportButton({ href, testId }: { href: string; testId: string }) {
  const t = useT();
  return (
    <Tooltip title={t('registry.exportFhirHint')}>
      <Button icon={<ApiOutlined />} href={href} download data-testid={testId}>
        {t('registry.exportFhir')}
      </Button>
    </Tooltip>
  );
}
