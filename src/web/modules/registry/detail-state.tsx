import { Alert, Button, Card, Skeleton } from 'antd';
import { ApiError, errorMessage } from '../../app/api/errors';
import { useT } from '../../app/i18n/i18n-context';
import NotFoundPage from '../../app/pages/not-found-page';

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
