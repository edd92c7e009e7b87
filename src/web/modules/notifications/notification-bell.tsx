import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Notification } from '../../app/api/types';
import { formatDateTime, internalPath } from '../../app/format';
import { useT } from '../../app/i18n/i18n-context';
import { markRead } from './api';
import { useUnread } from './unread-context';

export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const { count, latest, refresh } = useUnread();
  const [open, setOpen] = useState(false);

  const openItem = (item: Notification) => {
    setOpen(false);
    markRead(item.id).then(refresh, () => {});
    void navigate(internalPath(item.link) ?? '/notifications');
  };

  const content = (
    <div style={{ width: 320 }}>
      {latest.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notif.emptyUnread')} />
      ) : (
        <Flex vertical gap={4}>
          {latest.map((item) => (
            <button type="button" key={item.id} className="wj-bell-item" onClick={() => openItem(item)}>
              <Typography.Text strong ellipsis>
                {item.title}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(item.createdAt)}
              </Typography.Text>
            </button>
          ))}
        </Flex>
      )}
      <Flex justify="flex-end" style={{ marginTop: 8 }}>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('home.viewAll')}
        </Link>
      </Flex>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('notif.latest')}
      content={content}
      open={open}
      onOpenChange={setOpen}
    >
      <Button type="text" aria-label={t('notif.bell', { count })} data-testid="notification-bell">
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
