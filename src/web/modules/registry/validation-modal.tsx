import { Alert, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../app/auth/auth-context';
import { useI18n } from '../../app/i18n/i18n-context';
import { pickName } from '../../app/i18n/translate';
import { DECIDED_RESULTS } from '../../../shared/registry-filings';
import { recordValidation, type Verification } from './filing-api';
import { FormModal, isoDate, notAfterToday } from './form-modal';
import { enumLabel } from './labels';
import { todayInShanghai } from './licence-expiry';

interface Values {
  result: 'passed' | 'deferred';
  decidedOn: Dayjs;
  decidedBy: string;
  reason?: string;
  periodStart?: Dayjs;
}

const FIELDS = ['result', 'decidedOn', 'decidedBy', 'reason', 'periodStart'] as const;

/** 记录校验结论 for the open period (or, without one, for a period starting on a chosen day). */
export function ValidationModal({
  institutionId,
  verification,
  open,
  onClose,
  onSaved,
}: {
  institutionId: string;
  verification: Verification;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, lang } = useI18n();
  const { user } = useAuth();
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);
  const hasPeriod = verification.periodStart !== null;
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];
  const department = user?.department ? pickName(lang, user.department.name, user.department.nameEn) : '';

  return (
    <FormModal<Values>
      title={t('validation.record')}
      open={open}
      form={form}
      fields={FIELDS}
      initialValues={{ result: 'passed', decidedOn: dayjs(todayInShanghai()), decidedBy: department }}
      onClose={onClose}
      success={t('validation.saved')}
      testId="validation-form"
      onSubmit={async (values) => {
        await recordValidation(institutionId, {
          result: values.result,
          decidedOn: isoDate(values.decidedOn),
          decidedBy: values.decidedBy.trim(),
          ...(values.result === 'deferred' ? { reason: values.reason?.trim() ?? '' } : {}),
          ...(!hasPeriod && values.periodStart ? { periodStart: isoDate(values.periodStart) } : {}),
        });
        onSaved();
      }}
    >
      {hasPeriod ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('validation.openPeriod', {
            start: verification.periodStart ?? '',
            end: verification.periodEnd ?? '',
          })}
        />
      ) : (
        <Form.Item
          name="periodStart"
          label={t('validation.periodStart')}
          extra={t('validation.periodStartHint')}
          rules={[{ required: true, message: t('common.required', { field: t('validation.periodStart') }) }]}
        >
          <DatePicker disabledDate={notAfterToday} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name="result" label={t('validation.result')}>
        <Radio.Group
          optionType="button"
          options={DECIDED_RESULTS.map((value) => ({
            value,
            label: enumLabel(lang, 'validationResult', value),
          }))}
        />
      </Form.Item>
      {result === 'deferred' ? (
        <Form.Item
          name="reason"
          label={t('validation.reason')}
          rules={[...required(t('validation.reason')), { max: 200 }]}
        >
          <Input.TextArea maxLength={200} rows={3} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="decidedOn"
        label={t('validation.decidedOn')}
        rules={[{ required: true, message: t('common.required', { field: t('validation.decidedOn') }) }]}
      >
        <DatePicker disabledDate={notAfterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="decidedBy"
        label={t('validation.decidedBy')}
        rules={[...required(t('validation.decidedBy')), { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}
