import { Alert, Button, Modal, Typography } from 'antd';
import { useT } from '../../../app/i18n/i18n-context';

export interface OneTimePassword {
  name: string;
  username: string;
  password: string;
}

/** Shows a freshly generated initial password once, with a copy button. */
export function InitialPasswordModal({
  value,
  onClose,
}: {
  value: OneTimePassword | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open={value !== null}
      title={value ? t('user.initialPasswordTitle', { name: value.name }) : ''}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      destroyOnHidden
    >
      {value ? (
        <div data-testid="initial-password-modal">
          <Alert type="warning" showIcon title={t('user.initialPasswordHint')} style={{ marginBottom: 16 }} />
          <Typography.Text type="secondary">
            {t('user.username')}：{value.username}
          </Typography.Text>
          <Typography.Paragraph
            copyable={{ text: value.password }}
            style={{ fontSize: 22, fontFamily: 'monospace', margin: '8px 0 0', letterSpacing: 1 }}
            data-testid="initial-password"
          >
            {value.password}
          </Typography.Paragraph>
        </div>
      ) : null}
    </Modal>
  );
}
