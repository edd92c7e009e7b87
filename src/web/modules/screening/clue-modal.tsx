import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../app/api/errors';
import { useT } from '../../app/i18n/i18n-context';
import { createClue } from './api';
import type { ClueDetail } from './types';
import { testId } from './test-id';

interface Values {
  title: string;
  note?: string;
}

/** Turns warnings into one clue (线索): a title (2–200) and an optional note (≤ 2000). */
export function ClueModal({
  ids,
  suggestedTitle,
  open,
  onClose,
  onDone,
}: {
  ids: string[];
  suggestedTitle: string;
  open: boolean;
  onClose: () => void;
  onDone: (clue: ClueDetail) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    const values = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const note = values.note?.trim();
      const clue = await createClue({ warningIds: ids, title: values.title.trim(), note: note || undefined });
      form.resetFields();
      onDone(clue);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const details = error instanceof ApiError ? error.details.filter((d) => d.message !== error.message) : [];
  return (
    <Modal
      open={open}
      title={t('screen.clue.createTitle', { count: ids.length })}
      okText={t('screen.clue.createOk')}
      okButtonProps={{ loading: saving, ...testId('clue-confirm') }}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => {})}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      data-testid="clue-modal"
    >
      <Typography.Paragraph type="secondary">{t('screen.clue.createHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ title: suggestedTitle }}>
        <Form.Item
          name="title"
          label={t('screen.clue.title')}
          rules={[
            { required: true, whitespace: true, message: t('screen.clue.titleRequired') },
            { min: 2, max: 200, message: t('screen.clue.titleLength') },
          ]}
        >
          <Input maxLength={200} showCount data-testid="clue-title" />
        </Form.Item>
        <Form.Item name="note" label={t('screen.clue.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="clue-note" />
        </Form.Item>
      </Form>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error, t('common.loadFailed'))}
          description={details.length ? details.map((d) => d.message).join('；') : undefined}
        />
      ) : null}
    </Modal>
  );
}
