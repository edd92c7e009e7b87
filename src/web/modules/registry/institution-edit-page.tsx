import { Form } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { PageHeader } from '../../app/components/page-header';
import { useRemote } from '../../app/hooks/use-remote';
import { useT } from '../../app/i18n/i18n-context';
import { getInstitution } from './api';
import { DetailFallback } from './detail-state';
import { createInstitution, updateInstitution } from './edit-api';
import { EditShell, useEditSubmit } from './edit-shell';
import {
  institutionBody,
  type InstitutionFormValues,
  institutionValues,
  NEW_INSTITUTION,
} from './edit-values';
import { InstitutionFormFields, isInstitutionField } from './institution-form-fields';

const LIST_PATH = '/registry/institutions';
const detailPath = (id: string) => `${LIST_PATH}/${encodeURIComponent(id)}`;

/** 新建机构 (/registry/institutions/new) and 编辑机构 (/registry/institutions/:id/edit). */
export default function InstitutionEditPage() {
  const t = useT();
  const { user } = useAuth();
  const id = useParams().id;
  const isNew = !id;
  const [form] = Form.useForm<InstitutionFormValues>();
  const loader = useCallback(
    (signal: AbortSignal) => (id ? getInstitution(id, signal) : Promise.resolve(null)),
    [id],
  );
  const { data, error, reload } = useRemote(loader);
  const record = data && data.id === id ? data : null;

  useEffect(() => {
    if (record) form.setFieldsValue(institutionValues(record));
  }, [record, form]);

  const initialValues = useMemo(
    () => ({
      ...NEW_INSTITUTION,
      districtCode: user?.jurisdiction.level === 'district' ? user.jurisdiction.code : undefined,
    }),
    [user],
  );

  const save = useEditSubmit<InstitutionFormValues>({
    form,
    isShown: isInstitutionField,
    collapse: ['licence.departments'],
    detailPath,
    success: isNew ? t('edit.created') : t('edit.saved'),
    submit: (values) =>
      record
        ? updateInstitution(record.id, { version: record.version, ...institutionBody(values, true) })
        : createInstitution({
            id: values.id.trim(),
            // Left untouched, whether it is a TCM institution follows its category (server default).
            ...institutionBody(values, form.isFieldTouched('isTcm')),
          }),
  });

  const title = isNew ? t('edit.newInstitution') : t('edit.editInstitution');
  if (!isNew && !record)
    return (
      <>
        <PageHeader title={title} />
        <DetailFallback error={error} reload={reload} listPath={LIST_PATH} />
      </>
    );
  return (
    <EditShell
      title={record ? `${title} · ${record.name}` : title}
      backTo={record ? detailPath(record.id) : LIST_PATH}
      saving={save.saving}
      problems={save.problems}
      stale={save.stale}
      onSave={() => form.submit()}
      onReload={() => {
        save.reset();
        reload();
      }}
      testId="institution-form"
    >
      <Form<InstitutionFormValues>
        form={form}
        layout="vertical"
        initialValues={isNew ? initialValues : undefined}
        onFinish={save.finish}
        scrollToFirstError
        data-testid="institution-form"
      >
        <InstitutionFormFields isNew={isNew} />
      </Form>
    </EditShell>
  );
}
