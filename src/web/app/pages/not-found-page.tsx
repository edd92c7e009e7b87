import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';

export default function NotFoundPage({ homePath = '/' }: { homePath?: string }) {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Link to={homePath}>
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
