import { CheckOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Empty,
  Flex,
  Pagination,
  Popconfirm,
  Segmented,
  Spin,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../app/api/errors';
import type { Notification } from '../../app/api/types';
import { PageHeader } from '../../app/components/page-header';
import { formatDateTime, internalPath } from '../../app/format';
import { useRemote } from '../../app/hooks/use-remote';
import { useQueryState } from '../../app/hooks/use-query-state';
import { useT } from '../../app/i18n/i18n-context';
import { listNotifications, markAllRead, markRead } from './api';
import { useUnread } from './unread-context';

const KEYS = ['filter'] as const;

export default function NotificationsPage() {
  const t = useT();
  const { message } = App.useApp();
  const unread = useUnread();
  const { values, update, page, pageSize } = useQueryState(KEYS);
  const unreadOnly = values.filter === 'unread';
  const [busy, setBusy] = useState(false);

  const loader = useCallback(
    (signal: AbortSignal) =>
      listNotifications({ unread: unreadOnly ? true : undefined, page, pageSize }, signal),
    [unreadOnly, page, pageSize],
  );
  const { data, error, loading, reload } = useRemote(loader);

  const afterChange = () => {
    reload();
    unread.refresh();
  };

  const onRead = async (item: Notification) => {
    try {
      await markRead(item.id);
      afterChange();
    } catch (err) {
      void message.error(errorMessage(err, t('common.loadFailed')));
    }
  };

  const onReadAll = async () => {
    setBusy(true);
    try {
      await markAllRead();
      void message.success(t('notif.allRead'));
      afterChange();
    } catch (err) {
      void message.error(errorMessage(err, t('common.loadFailed')));
    } finally {
      setBusy(false);
    }
  };

  const unreadCount = data?.unreadCount ?? unread.count;
  return (
    <>
      <PageHeader
        title={t('notif.title')}
        extra={
          <Popconfirm title={t('notif.markAllConfirm')} onConfirm={onReadAll} disabled={unreadCount === 0}>
            <Button icon={<CheckOutlined />} loading={busy} disabled={unreadCount === 0}>
              {t('notif.markAllRead')}
            </Button>
          </Popconfirm>
        }
      />
      <Card>
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => update({ filter: v === 'unread' ? 'unread' : null })}
          options={[
            { value: 'all', label: t('notif.all') },
            { value: 'unread', label: `${t('notif.unreadOnly')} (${unreadCount})` },
          ]}
          style={{ marginBottom: 8 }}
        />
        {error ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(error, t('common.loadFailed'))}
            style={{ margin: '12px 0' }}
          />
        ) : null}
        <Spin spinning={loading}>
          {data && data.items.length === 0 ? (
            <Empty
              description={unreadOnly ? t('notif.emptyUnread') : t('notif.empty')}
              style={{ padding: 32 }}
            />
          ) : (
            <div>
              {(data?.items ?? []).map((item) => (
                <Flex
                  key={item.id}
                  className="wj-notif-item"
                  justify="space-between"
                  gap={16}
                  align="flex-start"
                >
                  <Flex vertical gap={4} style={{ minWidth: 0 }}>
                    <Flex align="center" gap={8}>
                      <Badge status={item.readAt ? 'default' : 'processing'} />
                      <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
                    </Flex>
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {item.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(item.createdAt)}
                      {item.readAt ? ` · ${t('notif.read')}` : ` · ${t('notif.unread')}`}
                    </Typography.Text>
                  </Flex>
                  <Flex gap={8} style={{ flex: 'none' }}>
                    {internalPath(item.link) ? (
                      <Link
                        to={internalPath(item.link) ?? '/'}
                        onClick={() => !item.readAt && void onRead(item)}
                      >
                        {t('notif.open')}
                      </Link>
                    ) : null}
                    {item.readAt ? null : (
                      <Button size="small" type="link" onClick={() => void onRead(item)}>
                        {t('notif.markRead')}
                      </Button>
                    )}
                  </Flex>
                </Flex>
              ))}
            </div>
          )}
        </Spin>
        {data && data.total > 0 ? (
          <Flex justify="flex-end" style={{ marginTop: 16 }}>
            <Pagination
              current={page}
              pageSize={pageSize}
              total={data.total}
              showSizeChanger
              showTotal={(total) => t('common.total', { total })}
              onChange={(p, size) => update({ page: p, pageSize: size })}
            />
          </Flex>
        ) : null}
      </Card>
    </>
  );
}
