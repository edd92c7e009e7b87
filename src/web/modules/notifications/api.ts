import { api } from '../../app/api/client';
import type { NotificationPage } from '../../app/api/types';

export function listNotifications(
  query: { unread?: boolean; page?: number; pageSize?: number },
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return api.get<NotificationPage>(
    '/notifications',
    {
      unread: query.unread === undefined ? undefined : String(query.unread),
      page: query.page,
      pageSize: query.pageSize,
    },
    signal,
  );
}

export function markRead(id: string): Promise<void> {
  return api.post<void>(`/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllRead(): Promise<void> {
  return api.post<void>('/notifications/read-all');
}
