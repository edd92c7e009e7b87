import { Alert, App, Button, Drawer, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage, toFieldErrors } from '../../../app/api/errors';
import type { RoleKey, User } from '../../../app/api/types';
import { useT } from '../../../app/i18n/i18n-context';
import { createUser, patchUser } from '../api';
import { DepartmentSelect, RoleSelect } from '../pickers';
import type { OneTimePassword } from './initial-password-modal';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  roles: RoleKey[];
  departmentId: string;
}

const FIELDS = ['username', 'displayName', 'email', 'roles', 'departmentId'] as const;
const USERNAME = /^[a-zA-Z][a-zA-Z0-9._-]{2,31}$/;

export function UserDrawer({
  user,
  onClose,
  onSaved,
}: {
  user: User | 'new' | null;
  onClose: () => void;
  onSaved: (created?: OneTimePassword) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isNew = user === 'new';
  const open = user !== null;

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (user !== 'new') {
      form.setFieldsValue({
        username: user.username,
        displayName: user.displayName,
        email: user.email ?? undefined,
        roles: user.roles,
        departmentId: user.departmentId ?? undefined,
      });
    }
  }, [open, user, form]);

  const onFinish = async (values: Values) => {
    setSaving(true);
    setError(null);
    const email = values.email?.trim() ? values.email.trim() : null;
    try {
      if (user === 'new') {
        const created = await createUser({
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          email,
          roles: values.roles,
          departmentId: values.departmentId,
        });
        void message.success(t('user.created'));
        onSaved({
          name: created.user.displayName,
          username: created.user.username,
          password: created.initialPassword,
        });
      } else if (user) {
        await patchUser(user.id, {
          displayName: values.displayName.trim(),
          email,
          roles: values.roles,
          departmentId: values.departmentId,
        });
        void message.success(t('user.updated'));
        onSaved();
      }
    } catch (err) {
      const fields = toFieldErrors(err, FIELDS);
      if (fields.length > 0) form.setFields(fields);
      else setError(errorMessage(err, t('common.loadFailed')));
    } finally {
      setSaving(false);
    }
  };

  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

  return (
    <Drawer
      title={isNew ? t('user.create') : t('user.edit')}
      open={open}
      onClose={onClose}
      size={520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="user-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="username"
          label={t('user.username')}
          extra={isNew ? t('user.usernameRule') : undefined}
          rules={
            isNew
              ? [required(t('user.username')), { pattern: USERNAME, message: t('user.usernameRule') }]
              : []
          }
        >
          <Input disabled={!isNew} maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('user.displayName')}
          rules={[
            { ...required(t('user.displayName')), whitespace: true },
            { min: 2, max: 50 },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('user.email')}
          rules={[{ type: 'email', message: t('common.invalidEmail') }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="roles" label={t('user.roles')} rules={[required(t('user.roles'))]}>
          <RoleSelect mode="multiple" />
        </Form.Item>
        <Form.Item
          name="departmentId"
          label={t('user.department')}
          extra={t('user.departmentHint')}
          rules={[required(t('user.department'))]}
        >
          <DepartmentSelect activeOnly={isNew} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
