import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../app/api/client';
import { ApiError, errorMessage, toFieldErrors } from '../../app/api/errors';
import { useAuth, useMe } from '../../app/auth/auth-context';
import { PageHeader } from '../../app/components/page-header';
import { useT } from '../../app/i18n/i18n-context';
import { passwordLooksValid } from './password-rule';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export default function ChangePasswordPage() {
  const t = useT();
  const me = useMe();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PasswordForm>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFinish = async (values: PasswordForm) => {
    setSubmitting(true);
    setError(null);
    try {
      await api.post<void>('/auth/password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      void message.success(t('account.passwordChanged'));
      form.resetFields();
      await refresh();
      void navigate('/', { replace: true });
    } catch (err) {
      const fields = toFieldErrors(err, FIELDS);
      if (fields.length > 0) form.setFields(fields);
      else if (!(err instanceof ApiError && err.code === 'UNAUTHENTICATED'))
        setError(errorMessage(err, t('common.loadFailed')));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <PageHeader title={t('account.changePassword')} />
      <Card style={{ maxWidth: 560 }}>
        {me.mustChangePassword ? (
          <Alert type="warning" showIcon title={t('account.mustChange')} style={{ marginBottom: 20 }} />
        ) : null}
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 20 }} /> : null}
        <Form<PasswordForm> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="currentPassword"
            label={t('account.currentPassword')}
            rules={[
              { required: true, message: t('common.required', { field: t('account.currentPassword') }) },
            ]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('account.newPassword')}
            extra={t('account.passwordRule')}
            rules={[
              { required: true, message: t('common.required', { field: t('account.newPassword') }) },
              {
                validator: (_, value: string | undefined) =>
                  !value || passwordLooksValid(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('account.passwordRule'))),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('account.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('common.required', { field: t('account.confirmPassword') }) },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('account.passwordMismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
