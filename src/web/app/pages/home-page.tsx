import { Card, Col, Descriptions, Empty, Flex, Row, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { internalPath, formatDateTime } from '../format';
import { useMe } from '../auth/auth-context';
import { roleLabel } from '../components/labels';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { pickName } from '../i18n/translate';
import { markRead } from '../../modules/notifications/api';
import { useUnread } from '../../modules/notifications/unread-context';

export default function HomePage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { latest, count, loaded, refresh } = useUnread();
  const jurisdiction = pickName(lang, me.jurisdiction.name, me.jurisdiction.nameEn);

  return (
    <>
      <PageHeader title={t('nav.home')} description={t('home.welcome', { name: me.displayName })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('home.profile')} data-testid="profile-card">
            <Descriptions
              column={1}
              size="small"
              colon={false}
              styles={{ label: { width: 96 } }}
              items={[
                { key: 'name', label: t('user.displayName'), children: me.displayName },
                { key: 'username', label: t('home.username'), children: me.username },
                {
                  key: 'roles',
                  label: t('home.roles'),
                  children: (
                    <Space size={[4, 4]} wrap>
                      {me.roles.map((r) => (
                        <Tag color="blue" key={r}>
                          {roleLabel(t, r)}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
                {
                  key: 'department',
                  label: t('home.department'),
                  children: me.department
                    ? pickName(lang, me.department.name, me.department.nameEn)
                    : t('common.none'),
                },
                {
                  key: 'jurisdiction',
                  label: t('home.jurisdiction'),
                  children: `${jurisdiction}${lang === 'en' ? ' (' : '（'}${t(me.jurisdiction.level === 'city' ? 'level.city' : 'level.district')}${lang === 'en' ? ')' : '）'}`,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={`${t('home.unread')}${count > 0 ? ` (${count})` : ''}`}
            extra={<Link to="/notifications">{t('home.viewAll')}</Link>}
            loading={!loaded}
          >
            {latest.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noUnread')} />
            ) : (
              <Flex vertical>
                {latest.map((item) => (
                  <button
                    type="button"
                    className="wj-bell-item"
                    key={item.id}
                    onClick={() => {
                      markRead(item.id).then(refresh, () => {});
                      void navigate(internalPath(item.link) ?? '/notifications');
                    }}
                  >
                    <Typography.Text strong>{item.title}</Typography.Text>
                    <Typography.Text type="secondary" ellipsis style={{ maxWidth: '100%' }}>
                      {item.body}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(item.createdAt)}
                    </Typography.Text>
                  </button>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
