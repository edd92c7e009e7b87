import { Alert, App, type ButtonProps, Form, type FormInstance, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { errorMessage, toFieldErrors } from '../../app/api/errors';
import { useT } from '../../app/i18n/i18n-context';
import { todayInShanghai } from './licence-expiry';

/** A date picker value as the API writes dates. */
export const isoDate = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : '');

/** Days after today (China Standard Time) cannot be picked: filings and results are not dated ahead. */
export const notAfterToday = (day: Dayjs) => day.isAfter(dayjs(todayInShanghai()), 'day');

/**
 * A modal form that submits once, shows the server's field problems on the fields they name (others
 * above the form), and closes on success.
 */
export function FormModal<V extends object>({
  title,
  open,
  form,
  fields,
  initialValues,
  onClose,
  onSubmit,
  success,
  testId,
  children,
}: {
  title: ReactNode;
  open: boolean;
  form: FormInstance<V>;
  /** The form's field names, to place the server's problems. */
  fields: readonly string[];
  initialValues?: Partial<V>;
  onClose: () => void;
  onSubmit: (values: V) => Promise<unknown>;
  success: string;
  testId: string;
  children: ReactNode;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = async (values: V) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit(values);
      void message.success(success);
      onClose();
    } catch (err) {
      const known = toFieldErrors(err, fields);
      if (known.length) form.setFields(known as Parameters<typeof form.setFields>[0]);
      const unplaced = toFieldErrors(err).filter((f) => !fields.includes(f.name));
      if (!known.length || unplaced.length)
        setError(
          unplaced.map((f) => f.errors.join(' ')).join(' ') || errorMessage(err, t('common.loadFailed')),
        );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      afterOpenChange={(visible) => {
        if (visible) setError(null);
      }}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={finish}
        data-testid={testId}
      >
        {children}
      </Form>
    </Modal>
  );
}
