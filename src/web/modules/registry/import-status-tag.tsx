import { Tag } from 'antd';
import { useT } from '../../app/i18n/i18n-context';
import type { ImportStatus, ImportSummary } from './imports-api';

const COLORS: Record<ImportStatus, string> = {
  queued: 'default',
  checking: 'processing',
  writing: 'processing',
  rejected: 'error',
  done: 'success',
  failed: 'warning',
};

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid="import-status">
      {t(`import.status.${status}`)}
    </Tag>
  );
}

/** One line on what came of an import: counts when done, bad rows when rejected. */
export function ImportResultText({ item }: { item: ImportSummary }) {
  const t = useT();
  if (item.status === 'rejected') return <>{t('import.result.rejected', { rows: item.problemRows })}</>;
  if (item.status !== 'done' || !item.summary) return null;
  const sum = Object.values(item.summary).reduce(
    (all, c) => ({
      created: all.created + c.created,
      updated: all.updated + c.updated,
      unchanged: all.unchanged + c.unchanged,
    }),
    { created: 0, updated: 0, unchanged: 0 },
  );
  return <>{t('import.result.done', sum)}</>;
}
