import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { QueryValue } from '../../app/api/client';
import { useT } from '../../app/i18n/i18n-context';
import { type ExportResource, exportUrl } from './export-url';
import { FhirExportButton } from './fhir-export-button';
import { fhirExportUrl } from './fhir-export-url';

/**
 * CSV / Excel (and, for institutions, FHIR) downloads of the current filters. Plain links: the browser downloads the attachment
 * with the session cookie and stays on the page.
 */
export function ExportButtons({
  resource,
  filters,
}: {
  resource: ExportResource;
  filters: Record<string, QueryValue>;
}) {
  const t = useT();
  const fileButtons = (
    <Tooltip title={t('registry.exportHint')}>
      <span style={{ display: 'inline-flex', gap: 8 }}>
        <Button
          icon={<DownloadOutlined />}
          href={exportUrl(resource, 'csv', filters)}
          download
          data-testid={`${resource}-export-csv`}
        >
          {t('registry.exportCsv')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          href={exportUrl(resource, 'xlsx', filters)}
          download
          data-testid={`${resource}-export-xlsx`}
        >
          {t('registry.exportXlsx')}
        </Button>
      </span>
    </Tooltip>
  );
  if (resource !== 'institutions') return fileButtons;
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      {fileButtons}
      <FhirExportButton href={fhirExportUrl(filters)} testId="institutions-export-fhir" />
    </span>
  );
}
