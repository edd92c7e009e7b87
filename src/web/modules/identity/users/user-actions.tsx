import { MoreOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space } from 'antd';
import { errorMessage } from '../../../app/api/errors';
import type { User } from '../../../app/api/types';
import { isLocked } from '../../../app/format';
import { useT } from '../../../app/i18n/i18n-context';
import { patchUser, resetUserPassword, unlockUser } from '../api';
import type { OneTimePassword } from './initial-password-modal';

interface Props {
  user: User;
  isSelf: boolean;
  onEdit: (user: User) => void;
  onChanged: () => void;
  onPassword: (value: OneTimePassword) => void;
}

/** Row actions: edit, enable/disable, unlock, reset password (destructive ones confirmed first). */
export function UserActions({ user, isSelf, onEdit, onChanged, onPassword }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();

  const run = async (action: () => Promise<unknown>, success?: string) => {
    try {
      await action();
      if (success) void message.success(success);
      onChanged();
    } catch (err) {
      void message.error(errorMessage(err, t('common.loadFailed')));
    }
  };

  const confirm = (content: string, danger: boolean, onOk: () => Promise<void>) => {
    void modal.confirm({ title: t('common.confirm'), content, okButtonProps: { danger }, onOk });
  };

  const disabled = user.status === 'disabled';
  const items = [
    isLocked(user.lockedUntil) ? { key: 'unlock', label: t('user.unlock') } : null,
    isSelf
      ? null
      : { key: 'status', label: disabled ? t('user.enable') : t('user.disable'), danger: !disabled },
    { key: 'reset', label: t('user.resetPassword'), danger: true },
  ].filter((item) => item !== null);

  const onMenu = (key: string) => {
    if (key === 'unlock') void run(() => unlockUser(user.id), t('user.unlocked'));
    if (key === 'status') {
      confirm(
        t(disabled ? 'user.enableConfirm' : 'user.disableConfirm', { name: user.displayName }),
        !disabled,
        () => run(() => patchUser(user.id, { status: disabled ? 'active' : 'disabled' }), t('user.updated')),
      );
    }
    if (key === 'reset') {
      confirm(t('user.resetConfirm', { name: user.displayName }), true, () =>
        run(async () => {
          const { initialPassword } = await resetUserPassword(user.id);
          onPassword({ name: user.displayName, username: user.username, password: initialPassword });
        }),
      );
    }
  };

  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => onEdit(user)}>
        {t('common.edit')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => onMenu(key) }}>
        <Button type="text" size="small" icon={<MoreOutlined />} aria-label={t('common.actions')} />
      </Dropdown>
    </Space>
  );
}
