import { Alert, App, Button, type FormInstance } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../app/api/errors';
import { PageHeader } from '../../app/components/page-header';
import { useT } from '../../app/i18n/i18n-context';
import { type FieldPath, toFormErrors } from './form-errors';

/**
 * Saving a create or edit form: on success back to the record's detail page (where the timeline
 * shows the change); on failure each server problem on the field it names, the rest above the form.
 * A 409 on `version` (someone else saved first) offers to reload.
 */
export function useEditSubmit<V>({
  form,
  isShown,
  collapse,
  rename,
  submit,
  detailPath,
  success,
}: {
  form: FormInstance<V>;
  isShown: (path: FieldPath) => boolean;
  collapse?: readonly string[];
  rename?: (path: FieldPath) => FieldPath;
  submit: (values: V) => Promise<{ id: string }>;
  detailPath: (id: string) => string;
  success: string;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [stale, setStale] = useState(false);

  const finish = async (values: V) => {
    setSaving(true);
    setProblems([]);
    try {
      const saved = await submit(values);
      void message.success(success);
      void navigate(detailPath(saved.id));
    } catch (err) {
      const placed = toFormErrors(err, isShown, collapse, rename);
      form.setFields(placed.fields as Parameters<FormInstance<V>['setFields']>[0]);
      setProblems(placed.other);
      setStale(err instanceof ApiError && err.code === 'CONFLICT' && err.field === 'version');
    } finally {
      setSaving(false);
    }
  };
  const reset = () => {
    setProblems([]);
    setStale(false);
  };
  return { saving, problems, stale, finish, reset };
}

/** The frame of a create or edit page: title, cancel and save, and the problems not on a field. */
export function EditShell({
  title,
  backTo,
  saving,
  problems,
  stale,
  onSave,
  onReload,
  testId,
  children,
}: {
  title: string;
  backTo: string;
  saving: boolean;
  problems: string[];
  stale: boolean;
  onSave: () => void;
  onReload?: () => void;
  testId: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <PageHeader
        title={title}
        extra={
          <>
            <Link to={backTo}>
              <Button>{t('common.cancel')}</Button>
            </Link>
            <Button type="primary" loading={saving} onClick={onSave} data-testid={`${testId}-save`}>
              {t('common.save')}
            </Button>
          </>
        }
      />
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          data-testid={`${testId}-problems`}
          title={problems.join(' ')}
          action={
            stale && onReload ? (
              <Button size="small" onClick={onReload}>
                {t('edit.reload')}
              </Button>
            ) : undefined
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {children}
    </>
  );
}
