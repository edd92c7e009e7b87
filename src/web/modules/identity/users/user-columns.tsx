import { Flex, Space, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { User } from '../../../app/api/types';
import { roleLabel } from '../../../app/components/labels';
import { formatDateTime, isLocked } from '../../../app/format';
import type { Lang, TFunction } from '../../../app/i18n/translate';
import { pickName } from '../../../app/i18n/translate';
import { sortOrderFor } from './user-sort';

const minutes = (iso: string) => formatDateTime(iso).slice(0, 16);
const nowrap = { whiteSpace: 'nowrap' } as const;

export function userColumns(
  t: TFunction,
  lang: Lang,
  sort: string,
  actions: ((user: User) => ReactNode) | null,
): TableColumnsType<User> {
  const columns: TableColumnsType<User> = [
    {
      title: t('user.username'),
      dataIndex: 'username',
      width: 150,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sortOrderFor(sort, 'username'),
      render: (username: string) => <span style={{ ...nowrap, fontFamily: 'monospace' }}>{username}</span>,
    },
    {
      title: t('user.displayName'),
      dataIndex: 'displayName',
      width: 170,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sortOrderFor(sort, 'displayName'),
      render: (name: string, u) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <span>{name}</span>
          {u.email ? (
            <Typography.Text
              type="secondary"
              ellipsis={{ tooltip: u.email }}
              style={{ fontSize: 12, maxWidth: 150 }}
            >
              {u.email}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('user.roles'),
      dataIndex: 'roles',
      width: 140,
      render: (roles: string[]) => (
        <Space size={[4, 4]} wrap>
          {roles.map((r) => (
            <Tag key={r} color={r === 'admin' ? 'geekblue' : 'blue'} style={{ marginInlineEnd: 0 }}>
              {roleLabel(t, r)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: `${t('user.department')} / ${t('user.jurisdiction')}`,
      key: 'department',
      render: (_, u) => (
        <Flex vertical>
          <span>{pickName(lang, u.departmentName, u.departmentNameEn) || '—'}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {pickName(lang, u.jurisdictionName, u.jurisdictionNameEn)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('user.status'),
      key: 'status',
      width: 84,
      render: (_, u) => (
        <Space size={4} wrap>
          {u.status === 'active' ? (
            <Tag color="success">{t('user.statusActive')}</Tag>
          ) : (
            <Tag>{t('user.statusDisabled')}</Tag>
          )}
          {isLocked(u.lockedUntil) ? <Tag color="error">{t('user.locked')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('user.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      width: 140,
      sorter: true,
      sortDirections: ['descend'],
      sortOrder: sortOrderFor(sort, 'lastLoginAt'),
      render: (at: string | null) =>
        at ? (
          <span style={nowrap}>{minutes(at)}</span>
        ) : (
          <Typography.Text type="secondary">{t('user.never')}</Typography.Text>
        ),
    },
    {
      title: t('user.createdAt'),
      dataIndex: 'createdAt',
      width: 140,
      sorter: true,
      sortDirections: ['descend'],
      sortOrder: sortOrderFor(sort, 'createdAt'),
      render: (at: string) => <span style={nowrap}>{minutes(at)}</span>,
    },
  ];
  if (actions) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, u) => actions(u),
    });
  }
  return columns;
}
