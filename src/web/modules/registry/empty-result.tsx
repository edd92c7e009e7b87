import { Empty } from 'antd';

/** The table's empty state when no record matches the filters. */
export function EmptyResult({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} data-testid="registry-empty" />;
}
