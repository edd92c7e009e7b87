import { Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../app/components/language-switch';
import { useT } from '../app/i18n/i18n-context';
import { FullPageSpin } from '../app/pages/full-page-spin';

export function PortalLayout() {
  const t = useT();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <header className="wj-portal-header">
        <a href="/portal" style={{ display: 'flex', alignItems: 'center', gap: 12, color: '#fff' }}>
          <span className="wj-brand-mark">卫</span>
          <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.3 }}>
            <strong style={{ fontSize: 18 }}>{t('portal.title')}</strong>
            <span style={{ fontSize: 12, opacity: 0.75 }}>{t('portal.subtitle')}</span>
          </span>
        </a>
        <div style={{ color: '#fff', display: 'flex', alignItems: 'center', gap: 8 }}>
          <LanguageSwitch ghost />
          <a href="/login" style={{ color: 'rgba(255,255,255,0.85)' }}>
            {t('portal.staffLogin')}
          </a>
        </div>
      </header>
      <Layout.Content>
        <main className="wj-portal-main">
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </main>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">{t('portal.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
