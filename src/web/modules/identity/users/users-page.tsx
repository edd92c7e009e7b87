import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Select, Table } from 'antd';
import { useCallback, useState } from 'react';
import { errorMessage } from '../../../app/api/errors';
import type { User } from '../../../app/api/types';
import { useAuth, useMe } from '../../../app/auth/auth-context';
import { PageHeader } from '../../../app/components/page-header';
import { useQueryState } from '../../../app/hooks/use-query-state';
import { useRemote } from '../../../app/hooks/use-remote';
import { useI18n } from '../../../app/i18n/i18n-context';
import { PERMISSIONS } from '../../../app/menu';
import { listUsers } from '../api';
import { DepartmentSelect, JurisdictionSelect, RoleSelect } from '../pickers';
import { InitialPasswordModal, type OneTimePassword } from './initial-password-modal';
import { UserActions } from './user-actions';
import { userColumns } from './user-columns';
import { sortParamFor } from './user-sort';
import { UserDrawer } from './user-drawer';

const KEYS = ['q', 'jurisdiction', 'departmentId', 'role', 'status', 'sort'] as const;

export default function UsersPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const canManage = useAuth().hasPermission(PERMISSIONS.usersManage);
  const { values, update, page, pageSize } = useQueryState(KEYS);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [password, setPassword] = useState<OneTimePassword | null>(null);

  const loader = useCallback(
    (signal: AbortSignal) =>
      listUsers({ ...values, sort: values.sort || 'username', page, pageSize }, signal),
    [values, page, pageSize],
  );
  const { data, error, loading, reload } = useRemote(loader);

  const actions = canManage
    ? (user: User) => (
        <UserActions
          user={user}
          isSelf={user.id === me.id}
          onEdit={setEditing}
          onChanged={reload}
          onPassword={setPassword}
        />
      )
    : null;

  return (
    <>
      <PageHeader
        title={t('user.title')}
        extra={
          canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="user-create"
            >
              {t('user.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex className="wj-filters" gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={t('user.search')}
            defaultValue={values.q}
            onSearch={(q) => update({ q })}
            style={{ width: 240 }}
          />
          <JurisdictionSelect
            allowClear
            placeholder={t('user.jurisdiction')}
            value={values.jurisdiction || undefined}
            onChange={(v: string | undefined) => update({ jurisdiction: v, departmentId: null })}
            style={{ width: 160 }}
          />
          <DepartmentSelect
            allowClear
            jurisdiction={values.jurisdiction || undefined}
            placeholder={t('user.department')}
            value={values.departmentId || undefined}
            onChange={(v: string | undefined) => update({ departmentId: v })}
            style={{ width: 240 }}
            popupMatchSelectWidth={false}
          />
          <RoleSelect
            allowClear
            placeholder={t('user.roles')}
            value={values.role || undefined}
            onChange={(v: string | undefined) => update({ role: v })}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            placeholder={t('user.status')}
            value={values.status || undefined}
            onChange={(v: string | undefined) => update({ status: v })}
            options={[
              { value: 'active', label: t('user.statusActive') },
              { value: 'disabled', label: t('user.statusDisabled') },
            ]}
            style={{ width: 120 }}
          />
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
        </Flex>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(error, t('common.loadFailed'))}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Table<User>
          rowKey="id"
          columns={userColumns(t, lang, values.sort, actions)}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 1100 }}
          size="middle"
          locale={{ emptyText: t('user.empty') }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort' && !Array.isArray(sorter)) {
              update({ sort: sortParamFor(sorter.field, sorter.order) });
            } else if (extra.action === 'paginate') {
              update({ page: pagination.current, pageSize: pagination.pageSize });
            }
          }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
      <UserDrawer
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(created) => {
          setEditing(null);
          if (created) setPassword(created);
          reload();
        }}
      />
      <InitialPasswordModal value={password} onClose={() => setPassword(null)} />
    </>
  );
}
