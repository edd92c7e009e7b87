import { App, Button, Drawer, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage, toFieldErrors } from '../../../app/api/errors';
import type { Department, DepartmentKind } from '../../../app/api/types';
import { useT } from '../../../app/i18n/i18n-context';
import { createDepartment, patchDepartment } from '../api';
import { JurisdictionSelect, KindSelect } from '../pickers';

interface Values {
  code: string;
  name: string;
  nameEn: string;
  kind: DepartmentKind;
  jurisdictionCode: string;
}

const FIELDS = ['code', 'name', 'nameEn', 'kind', 'jurisdictionCode'] as const;

export function DepartmentDrawer({
  department,
  onClose,
  onSaved,
}: {
  department: Department | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const isNew = department === 'new';
  const open = department !== null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (department !== 'new') form.setFieldsValue(department);
  }, [open, department, form]);

  const onFinish = async (values: Values) => {
    setSaving(true);
    try {
      if (department === 'new') {
        await createDepartment({
          code: values.code.trim(),
          name: values.name.trim(),
          nameEn: values.nameEn.trim(),
          kind: values.kind,
          jurisdictionCode: values.jurisdictionCode,
        });
        void message.success(t('dept.created'));
      } else if (department) {
        await patchDepartment(department.id, {
          name: values.name.trim(),
          nameEn: values.nameEn.trim(),
          kind: values.kind,
        });
        void message.success(t('dept.updated'));
      }
      onSaved();
    } catch (err) {
      const fields = toFieldErrors(err, FIELDS);
      if (fields.length > 0) form.setFields(fields);
      else void message.error(errorMessage(err, t('common.loadFailed')));
    } finally {
      setSaving(false);
    }
  };

  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];

  return (
    <Drawer
      title={isNew ? t('dept.create') : t('dept.edit')}
      open={open}
      onClose={onClose}
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="code" label={t('dept.code')} rules={required(t('dept.code'))}>
          <Input disabled={!isNew} maxLength={32} />
        </Form.Item>
        <Form.Item name="name" label={t('dept.name')} rules={required(t('dept.name'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('dept.nameEn')} rules={required(t('dept.nameEn'))}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('dept.kind')}
          rules={[{ required: true, message: t('common.required', { field: t('dept.kind') }) }]}
        >
          <KindSelect />
        </Form.Item>
        <Form.Item
          name="jurisdictionCode"
          label={t('dept.jurisdiction')}
          rules={[{ required: true, message: t('common.required', { field: t('dept.jurisdiction') }) }]}
        >
          <JurisdictionSelect disabled={!isNew} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
