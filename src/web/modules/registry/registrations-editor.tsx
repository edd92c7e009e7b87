import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, type FormInstance, Row, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n/i18n-context';
import type { FieldPath } from './form-errors';
import type { RegistrationRow } from './edit-values';
import { newRegistration } from './edit-values';
import { InstitutionPicker } from './institution-picker';
import { enumLabel } from './labels';
import { todayInShanghai } from './licence-expiry';

/** Row paths are built at run time, so the form is used untyped here. */
type PractitionerForm = FormInstance;

/**
 * One registration row. Choosing another institution makes it a new registration starting today
 * (the server ends the old one today, keeping it as history); an existing multi-site filing may
 * also be ended with a date.
 */
function RegistrationFields({
  form,
  path,
  name = path,
  canEnd,
}: {
  form: PractitionerForm;
  /** The row's path in the form (for reading and setting its values). */
  path: FieldPath;
  /** Its name for the Form.Items: relative inside a Form.List. */
  name?: FieldPath;
  canEnd: boolean;
}) {
  const { t } = useI18n();
  // `preserve`: also the values no control holds (the institution's name, whether the row is stored).
  const row = Form.useWatch(path, { form, preserve: true }) as RegistrationRow | undefined;
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  const testId = path.join('-');
  return (
    <Row gutter={12} align="top" style={{ flex: 1 }}>
      <Col xs={24} md={canEnd ? 12 : 16}>
        <Form.Item
          name={[...name, 'institutionId']}
          label={t('prac.institution')}
          rules={[required(t('prac.institution'))]}
        >
          <InstitutionPicker
            testId={`${testId}-institution`}
            initialLabel={row?.institutionName}
            onChange={(_, label) => {
              // Another institution is another registration: it starts now, not when the old one did.
              if (row?.existing) {
                form.setFieldValue([...path, 'validFrom'], dayjs(todayInShanghai()));
                form.setFieldValue([...path, 'validTo'], null);
                form.setFieldValue([...path, 'existing'], false);
              }
              form.setFieldValue([...path, 'institutionName'], label);
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={canEnd ? 6 : 8}>
        <Form.Item
          name={[...name, 'validFrom']}
          label={t('prac.validFrom')}
          rules={[required(t('prac.validFrom'))]}
        >
          <DatePicker style={{ width: '100%' }} data-testid={`${testId}-valid-from`} />
        </Form.Item>
      </Col>
      {canEnd ? (
        <Col xs={12} md={6}>
          <Form.Item name={[...name, 'validTo']} label={t('prac.validTo')}>
            <DatePicker
              style={{ width: '100%' }}
              disabled={!row?.existing}
              data-testid={`${testId}-valid-to`}
            />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}

/** The practitioner's registrations: exactly one primary institution, and multi-site filings. */
export function RegistrationsEditor({ form }: { form: PractitionerForm }) {
  const { t, lang } = useI18n();
  return (
    <Card
      title={t('prac.registrations')}
      extra={<Typography.Text type="secondary">{t('edit.registrationsHint')}</Typography.Text>}
    >
      <Tag color="blue">{enumLabel(lang, 'registrationKind', 'primary')}</Tag>
      <RegistrationFields form={form} path={['primary']} canEnd={false} />
      <Tag color="purple">{enumLabel(lang, 'registrationKind', 'multi_site')}</Tag>
      <Form.List name="multiSite">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <div key={row.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginTop: 8 }}>
                <RegistrationFields form={form} path={['multiSite', row.name]} name={[row.name]} canEnd />
                <Button
                  aria-label={t('edit.removeRow')}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(row.name)}
                  style={{ marginTop: 30 }}
                />
              </div>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add(newRegistration(todayInShanghai()))}
              data-testid="add-multi-site"
              style={{ marginTop: 8 }}
            >
              {t('edit.addMultiSite')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
