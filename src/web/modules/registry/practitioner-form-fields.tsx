import { Card, Col, Flex, Form, type FormInstance, Input, Row } from 'antd';
import { useT } from '../../app/i18n/i18n-context';
import { DepartmentPicker } from './code-pickers';
import type { PractitionerFormValues } from './edit-values';
import type { FieldPath } from './form-errors';
import { EnumSelect } from './registry-selects';
import { RegistrationsEditor } from './registrations-editor';

const SHOWN = new Set(['id', 'name', 'category', 'scopes', 'title', 'status', 'certificateNo']);

/** The fields a server problem may name on this form (after `registrationPath`); others show above it. */
export function isPractitionerField(path: FieldPath): boolean {
  const [first, second, third] = path;
  if (first === 'primary') return second === 'institutionId' || second === 'validFrom';
  if (first === 'multiSite')
    return typeof second === 'number' && ['institutionId', 'validFrom', 'validTo'].includes(String(third));
  return path.length === 1 && SHOWN.has(String(first));
}

const third = { xs: 24, md: 8 };

/** A practitioner's fields and registrations; `isNew` makes the id editable. */
export function PractitionerFormFields({
  isNew,
  form,
}: {
  isNew: boolean;
  form: FormInstance<PractitionerFormValues>;
}) {
  const t = useT();
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Flex vertical gap={16}>
      <Card title={t('registry.basic')}>
        <Row gutter={16}>
          <Col {...third}>
            <Form.Item
              name="id"
              label={t('prac.id')}
              extra={isNew ? t('edit.practitionerIdHint') : undefined}
              rules={[required(t('prac.id'))]}
            >
              <Input
                disabled={!isNew}
                maxLength={64}
                autoComplete="off"
                style={{ fontFamily: 'monospace' }}
              />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item
              name="name"
              label={t('prac.name')}
              rules={[{ ...required(t('prac.name')), whitespace: true }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="certificateNo" label={t('prac.certificateNo')}>
              <Input maxLength={40} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="category" label={t('prac.category')} rules={[required(t('prac.category'))]}>
              <EnumSelect enumName="practitionerCategory" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item
              name="title"
              label={t('prac.professionalTitle')}
              rules={[required(t('prac.professionalTitle'))]}
            >
              <EnumSelect enumName="practitionerTitle" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="status" label={t('prac.status')} rules={[required(t('prac.status'))]}>
              <EnumSelect enumName="practitionerStatus" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="scopes" label={t('prac.scopes')}>
              <DepartmentPicker
                placeholder={t('edit.scopesPlaceholder')}
                testId="practitioner-scopes-picker"
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <RegistrationsEditor form={form} />
    </Flex>
  );
}
