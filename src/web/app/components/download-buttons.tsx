import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** CSV and Excel download buttons side by side (row-level reports, exports). */
export function DownloadButtons({
  urlOf,
  labels,
  testIdPrefix,
}: {
  urlOf: (format: 'csv' | 'xlsx') => string;
  labels: { csv: string; xlsx: string };
  /** Test ids are `${prefix}-csv` and `${prefix}-xlsx`. */
  testIdPrefix: string;
}) {
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          href={urlOf(format)}
          download
          data-testid={`${testIdPrefix}-${format}`}
        >
          {labels[format]}
        </Button>
      ))}
    </span>
  );
}
