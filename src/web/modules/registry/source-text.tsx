import { Typography } from 'antd';

/** A code list's source: the first line, cut to `width`, the full text in a tooltip. */
export function SourceText({ source, width }: { source: string; width: number }) {
  const first = source.split('\n')[0] ?? source;
  return (
    <Typography.Text
      type="secondary"
      ellipsis={{ tooltip: <span style={{ whiteSpace: 'pre-line' }}>{source}</span> }}
      style={{ maxWidth: width }}
    >
      {first}
    </Typography.Text>
  );
}
