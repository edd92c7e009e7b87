import {
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  type SelectProps,
  Switch,
} from 'antd';
import { useAuth } from '../../app/auth/auth-context';
import { useI18n, useT } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { useJurisdictions } from '../identity/use-reference-data';
import { CodeSelect, DepartmentPicker } from './code-pickers';
import type { FieldPath } from './form-errors';
import { EnumSelect } from './registry-selects';

/** The fields a server problem may name on this form (anything else shows above it). */
const SHOWN = new Set([
  'id',
  'name',
  'category',
  'districtCode',
  'status',
  'ws218Code',
  'ownership',
  'forProfit',
  'isTcm',
  'streetCode',
  'streetName',
  'address',
  'beds',
  'legalRepresentative',
  'licence.number',
  'licence.validFrom',
  'licence.validTo',
  'licence.departments',
]);
export const isInstitutionField = (path: FieldPath) => SHOWN.has(path.join('.'));

/** The districts the user may write to: their own for a district user, every one for the city. */
function WritableDistrictSelect(props: Omit<SelectProps, 'options'>) {
  const { lang } = useI18n();
  const { user } = useAuth();
  const { data, loading } = useJurisdictions();
  const own = user?.jurisdiction.level === 'district' ? user.jurisdiction.code : null;
  const options = (data ?? [])
    .filter((j) => j.level === 'district' && (!own || j.code === own))
    .map((j) => ({ value: j.code, label: pickName(lang, j.name, j.nameEn) }));
  return <Select showSearch={{ optionFilterProp: 'label' }} loading={loading} options={options} {...props} />;
}

const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 8 };

/** The fields of an institution and its licence, in three cards; `isNew` makes the id editable. */
export function InstitutionFormFields({ isNew }: { isNew: boolean }) {
  const t = useT();
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Flex vertical gap={16}>
      <Card title={t('registry.basic')}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="id"
              label={t('inst.id')}
              extra={isNew ? t('edit.idHint') : undefined}
              rules={[required(t('inst.id'))]}
            >
              <Input
                disabled={!isNew}
                maxLength={64}
                autoComplete="off"
                style={{ fontFamily: 'monospace' }}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="name"
              label={t('inst.name')}
              rules={[{ ...required(t('inst.name')), whitespace: true }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="category" label={t('inst.category')} rules={[required(t('inst.category'))]}>
              <EnumSelect enumName="institutionCategory" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="status" label={t('inst.status')} rules={[required(t('inst.status'))]}>
              <EnumSelect enumName="institutionStatus" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="ws218Code" label={t('inst.ws218Code')}>
              <CodeSelect listId="institution_types_ws218" placeholder={t('edit.ws218Placeholder')} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="ownership" label={t('inst.ownership')} rules={[required(t('inst.ownership'))]}>
              <EnumSelect enumName="ownership" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="forProfit" label={t('inst.forProfit')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item
              name="isTcm"
              label={t('inst.isTcm')}
              valuePropName="checked"
              tooltip={isNew ? t('edit.isTcmHint') : undefined}
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="legalRepresentative" label={t('inst.legalRepresentative')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('edit.location')}>
        <Row gutter={16}>
          <Col {...third}>
            <Form.Item
              name="districtCode"
              label={t('registry.district')}
              rules={[required(t('registry.district'))]}
            >
              <WritableDistrictSelect placeholder={t('registry.district')} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="streetName" label={t('inst.street')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="streetCode" label={t('inst.streetCode')}>
              <Input maxLength={20} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="address" label={t('inst.address')}>
              <Input maxLength={200} data-testid="institution-address" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="beds" label={t('inst.beds')}>
              <InputNumber min={0} max={999999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('inst.licence')} extra={isNew ? undefined : t('edit.licenceChangeHint')}>
        <Row gutter={16}>
          <Col {...third}>
            <Form.Item
              name={['licence', 'number']}
              label={t('inst.licenceNumber')}
              rules={[required(t('inst.licenceNumber'))]}
            >
              <Input maxLength={64} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item
              name={['licence', 'validFrom']}
              label={t('inst.licenceValidFrom')}
              rules={[required(t('inst.licenceValidFrom'))]}
            >
              <DatePicker style={{ width: '100%' }} data-testid="licence-valid-from" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item
              name={['licence', 'validTo']}
              label={t('inst.licenceValidTo')}
              rules={[required(t('inst.licenceValidTo'))]}
            >
              <DatePicker style={{ width: '100%' }} data-testid="licence-valid-to" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name={['licence', 'departments']}
              label={t('inst.departments')}
              extra={t('edit.departmentsHint')}
            >
              <DepartmentPicker
                placeholder={t('edit.departmentsPlaceholder')}
                testId="licence-departments-picker"
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Flex>
  );
}
