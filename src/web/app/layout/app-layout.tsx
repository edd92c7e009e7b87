import { Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { UnreadProvider } from '../../modules/notifications/unread-context';
import { ErrorBoundary } from '../error-boundary';
import { useT } from '../i18n/i18n-context';
import { FullPageSpin } from '../pages/full-page-spin';
import { AppHeader } from './app-header';
import { SideMenu } from './side-menu';

const COLLAPSE_KEY = 'weijian.siderCollapsed';

export function AppLayout() {
  const t = useT();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSE_KEY) === '1');
  const toggle = () => {
    setCollapsed((c) => {
      localStorage.setItem(COLLAPSE_KEY, c ? '0' : '1');
      return !c;
    });
  };

  return (
    <UnreadProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider collapsible collapsed={collapsed} trigger={null} width={240} className="wj-sider">
          <Link to="/" className="wj-brand">
            <span className="wj-brand-mark">卫</span>
            {collapsed ? null : (
              <span className="wj-brand-text">
                <Typography.Text strong className="wj-brand-name">
                  {t('app.name')}
                </Typography.Text>
                <span className="wj-brand-sub">{t('app.subtitle')}</span>
              </span>
            )}
          </Link>
          <SideMenu collapsed={collapsed} />
        </Layout.Sider>
        <Layout>
          <AppHeader collapsed={collapsed} onToggle={toggle} />
          <Layout.Content className="wj-content">
            <ErrorBoundary key={pathname}>
              <Suspense fallback={<FullPageSpin />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </Layout.Content>
        </Layout>
      </Layout>
    </UnreadProvider>
  );
}
