import { Button, Result, Typography } from 'antd';
import { useRouteError } from 'react-router';
import { useT } from '../i18n/i18n-context';

export function ErrorPage({ error }: { error?: unknown }) {
  const t = useT();
  const detail = error instanceof Error ? error.message : null;
  return (
    <Result
      status="500"
      title={t('error.title')}
      subTitle={t('error.subtitle')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
      }
    >
      {detail ? <Typography.Text type="secondary">{detail}</Typography.Text> : null}
    </Result>
  );
}

/** Router errorElement: errors thrown while rendering a route (including failed lazy chunks). */
export function RouteErrorPage() {
  const error = useRouteError();
  return <ErrorPage error={error} />;
}
