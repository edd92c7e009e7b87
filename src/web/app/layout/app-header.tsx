import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Layout, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth, useMe } from '../auth/auth-context';
import { CHANGE_PASSWORD_PATH } from '../auth/guards';
import { LanguageSwitch } from '../components/language-switch';
import { useI18n } from '../i18n/i18n-context';
import { pickName } from '../i18n/translate';
import { NotificationBell } from '../../modules/notifications/notification-bell';

export function AppHeader({ collapsed, onToggle }: { collapsed: boolean; onToggle: () => void }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const department = me.department ? pickName(lang, me.department.name, me.department.nameEn) : null;
  const jurisdiction = pickName(lang, me.jurisdiction.name, me.jurisdiction.nameEn);

  return (
    <Layout.Header className="wj-header">
      <Flex align="center" justify="space-between" style={{ height: '100%' }}>
        <Button
          type="text"
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggle}
          aria-label={t('nav.menu')}
        />
        <Flex align="center" gap={8}>
          <NotificationBell />
          <LanguageSwitch />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword') },
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
              ],
              onClick: ({ key }) => {
                if (key === 'password') void navigate(CHANGE_PASSWORD_PATH);
                if (key === 'logout') void logout();
              },
            }}
          >
            <Button type="text" className="wj-user-button" data-testid="user-menu">
              <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1d5bbf' }} />
              <Flex vertical align="flex-start" className="wj-user-text">
                <Typography.Text strong>{me.displayName}</Typography.Text>
                <Typography.Text type="secondary" className="wj-user-sub">
                  {[department, jurisdiction].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
              <DownOutlined style={{ fontSize: 10 }} />
            </Button>
          </Dropdown>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
