import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../app/api/errors';
import { useT } from '../../app/i18n/i18n-context';
import { dismissWarnings } from './api';
import { testId } from './test-id';
import { isValidReason } from './warning-filters';

/** Asks the reason (4–500 characters) for dismissing `ids`, then dismisses them; errors stay in the modal. */
export function DismissModal({
  ids,
  open,
  onClose,
  onDone,
}: {
  ids: string[];
  open: boolean;
  onClose: () => void;
  onDone: (dismissed: number) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    const { reason } = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const result = await dismissWarnings(ids, reason.trim());
      form.resetFields();
      onDone(result.dismissed);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('screen.dismiss.title', { count: ids.length })}
      okText={t('screen.dismiss.ok')}
      okButtonProps={{ danger: true, loading: saving, ...testId('dismiss-confirm') }}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => {})}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      data-testid="dismiss-modal"
    >
      <Typography.Paragraph type="secondary">{t('screen.dismiss.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('screen.dismiss.reason')}
          rules={[
            { required: true, message: t('screen.dismiss.reasonRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value || isValidReason(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('screen.dismiss.reasonLength'))),
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount data-testid="dismiss-reason" />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={errorMessage(error, t('common.loadFailed'))} /> : null}
    </Modal>
  );
}
