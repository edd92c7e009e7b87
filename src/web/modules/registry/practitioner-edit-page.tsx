import { Form } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '../../app/components/page-header';
import { useRemote } from '../../app/hooks/use-remote';
import { useT } from '../../app/i18n/i18n-context';
import { getPractitioner } from './api';
import { DetailFallback } from './detail-state';
import { createPractitioner, updatePractitioner } from './edit-api';
import { EditShell, useEditSubmit } from './edit-shell';
import {
  newPractitioner,
  practitionerBody,
  type PractitionerFormValues,
  practitionerValues,
  registrationPath,
} from './edit-values';
import { todayInShanghai } from './licence-expiry';
import { isPractitionerField, PractitionerFormFields } from './practitioner-form-fields';

const LIST_PATH = '/registry/practitioners';
const detailPath = (id: string) => `${LIST_PATH}/${encodeURIComponent(id)}`;

/** 新建医务人员 (/registry/practitioners/new) and 编辑 (/registry/practitioners/:id/edit). */
export default function PractitionerEditPage() {
  const t = useT();
  const id = useParams().id;
  const isNew = !id;
  const [form] = Form.useForm<PractitionerFormValues>();
  const loader = useCallback(
    (signal: AbortSignal) => (id ? getPractitioner(id, signal) : Promise.resolve(null)),
    [id],
  );
  const { data, error, reload } = useRemote(loader);
  const record = data && data.id === id ? data : null;

  useEffect(() => {
    if (record) form.setFieldsValue(practitionerValues(record));
  }, [record, form]);
  const initialValues = useMemo(() => newPractitioner(todayInShanghai()), []);

  const save = useEditSubmit<PractitionerFormValues>({
    form,
    isShown: isPractitionerField,
    collapse: ['scopes'],
    rename: registrationPath,
    detailPath,
    success: isNew ? t('edit.created') : t('edit.saved'),
    submit: (values) =>
      record
        ? updatePractitioner(record.id, { version: record.version, ...practitionerBody(values) })
        : createPractitioner({ id: values.id.trim(), ...practitionerBody(values) }),
  });

  const title = isNew ? t('edit.newPractitioner') : t('edit.editPractitioner');
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
      testId="practitioner-form"
    >
      <Form<PractitionerFormValues>
        form={form}
        layout="vertical"
        initialValues={isNew ? initialValues : undefined}
        onFinish={save.finish}
        scrollToFirstError
        data-testid="practitioner-form"
      >
        <PractitionerFormFields isNew={isNew} form={form} />
      </Form>
    </EditShell>
  );
}
