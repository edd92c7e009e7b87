import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { errorMessage } from '../api/errors';
import { useAuth } from '../auth/auth-context';
import { safeNext } from '../auth/next';
import { LanguageSwitch } from '../components/language-switch';
import { useDocumentTitle } from '../components/page-header';
import { useT } from '../i18n/i18n-context';
import { FullPageSpin } from './full-page-spin';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const t = useT();
  const { status, login, signedOutReason } = useAuth();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  useDocumentTitle(t('login.title'));

  if (status === 'loading') return <FullPageSpin />;
  if (status === 'authenticated') return <Navigate to={safeNext(params.get('next'))} replace />;

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
    } catch (err) {
      setError(errorMessage(err, t('common.loadFailed')));
    } finally {
      setSubmitting(false);
    }
  };

  const notice =
    signedOutReason === 'expired'
      ? t('login.sessionExpired')
      : signedOutReason === 'loggedOut'
        ? t('login.loggedOut')
        : null;

  return (
    <div className="wj-login">
      <Card
        className="wj-login-card"
        variant="borderless"
        style={{ boxShadow: '0 8px 32px rgba(15,58,125,0.18)' }}
      >
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Flex vertical align="center" gap={4} style={{ margin: '8px 0 24px' }}>
          <span className="wj-brand-mark" style={{ width: 48, height: 48, fontSize: 26 }}>
            卫
          </span>
          <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
            {t('app.subtitle')}
          </Typography.Text>
        </Flex>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        ) : notice ? (
          <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<LoginForm>
          layout="vertical"
          size="large"
          onFinish={onFinish}
          requiredMark={false}
          autoComplete="on"
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 20, marginBottom: 0, fontSize: 12, textAlign: 'center' }}
        >
          {t('login.footer')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
