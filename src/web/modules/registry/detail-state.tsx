import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton } from 'antd';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../app/api/errors';
import { useRemote } from '../../app/hooks/use-remote';
import { useT } from '../../app/i18n/i18n-context';
import NotFoundPage from '../../app/pages/not-found-page';

/**
 * The record named by the route's `:id`. `data` is undefined until the record of *this* id has
 * arrived: the previous record stays in the remote state while the next one loads.
 */
export function useRecordOfRoute<T>(fetchRecord: (id: string, signal: AbortSignal) => Promise<T>) {
  const id = useParams().id ?? '';
  const loader = useCallback(
    (signal: AbortSignal) => fetchRecord(id, signal).then((record) => ({ id, record })),
    [id, fetchRecord],
  );
  const { data: loaded, error, reload } = useRemote(loader);
  return { id, data: loaded?.id === id ? loaded.record : undefined, error, reload };
}

/** The header button back to a registry list. */
export function BackToList({ path }: { path: string }) {
  const t = useT();
  return (
    <Link to={path}>
      <Button icon={<ArrowLeftOutlined />}>{t('registry.backToList')}</Button>
    </Link>
  );
}

/** True for the API's 404 (unknown id, or a record outside the user's scope reported as not found). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.code === 'NOT_FOUND');
}

/** What a detail page shows before its record is available: skeleton, not-found page or an error. */
export function DetailFallback({
  error,
  reload,
  listPath,
}: {
  error: unknown;
  reload: () => void;
  listPath: string;
}) {
  const t = useT();
  if (isNotFound(error)) return <NotFoundPage homePath={listPath} />;
  if (error)
    return (
      <Alert
        type="error"
        showIcon
        title={errorMessage(error, t('common.loadFailed'))}
        action={<Button onClick={reload}>{t('common.retry')}</Button>}
      />
    );
  return (
    <Card>
      <Skeleton active paragraph={{ rows: 8 }} />
    </Card>
  );
}
