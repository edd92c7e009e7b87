import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { type ClinicFiling, recordClinicFiling } from './filing-api';
import { FormModal, isoDate, notAfterToday } from './form-modal';
import { enumOptions } from './labels';
import { useCodeNames } from './use-code-names';

interface Values {
  filingNumber: string;
  filedOn: Dayjs;
  departments: string[];
  status: 'filed' | 'withdrawn';
  withdrawnOn?: Dayjs;
  reason?: string;
}

const FIELDS = ['filingNumber', 'filedOn', 'departments', 'status', 'withdrawnOn', 'reason'] as const;

/** 诊所备案 or its change (备案变更); the type follows whether the clinic is a TCM clinic. */
export function ClinicFilingModal({
  institutionId,
  filing,
  licensed,
  open,
  onClose,
  onSaved,
}: {
  institutionId: string;
  filing: ClinicFiling | null;
  /** The licence's departments, proposed for a first filing. */
  licensed: string[];
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const names = useCodeNames('zhenliao_kemu');
  const options = useMemo(
    () => [...names].map(([code, name]) => ({ value: code, label: `${code} ${name}` })),
    [names],
  );
  const status = Form.useWatch('status', form);
  const required = (field: string) => [{ required: true, message: t('common.required', { field }) }];
  const initialValues: Partial<Values> = filing
    ? {
        filingNumber: filing.filingNumber,
        filedOn: dayjs(filing.filedOn),
        departments: filing.departments.map((d) => d.code),
        status: filing.status,
        ...(filing.withdrawnOn ? { withdrawnOn: dayjs(filing.withdrawnOn) } : {}),
        ...(filing.withdrawalReason ? { reason: filing.withdrawalReason } : {}),
      }
    : { departments: licensed, status: 'filed' };

  return (
    <FormModal<Values>
      title={filing ? t('filing.clinic.change') : t('filing.clinic.record')}
      open={open}
      form={form}
      fields={FIELDS}
      initialValues={initialValues}
      onClose={onClose}
      success={t('filing.clinic.saved')}
      testId="clinic-filing-form"
      onSubmit={async (values) => {
        const withdrawn = values.status === 'withdrawn';
        await recordClinicFiling(institutionId, {
          filingNumber: values.filingNumber.trim(),
          filedOn: isoDate(values.filedOn),
          departments: values.departments,
          status: values.status,
          ...(withdrawn
            ? { withdrawnOn: isoDate(values.withdrawnOn), reason: values.reason?.trim() ?? '' }
            : {}),
        });
        onSaved();
      }}
    >
      <Form.Item
        name="filingNumber"
        label={t('filing.number')}
        rules={[...required(t('filing.number')), { max: 60 }]}
      >
        <Input maxLength={60} placeholder="沪310101诊备20250001" />
      </Form.Item>
      <Form.Item name="filedOn" label={t('filing.filedOn')} rules={required(t('filing.filedOn'))}>
        <DatePicker disabledDate={notAfterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="departments"
        label={t('filing.clinic.departments')}
        extra={t('filing.clinic.rule')}
        rules={required(t('filing.clinic.departments'))}
      >
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
      <Form.Item name="status" label={t('filing.status')}>
        <Radio.Group options={enumOptions(lang, 'filingStatus')} optionType="button" />
      </Form.Item>
      {status === 'withdrawn' ? (
        <>
          <Form.Item
            name="withdrawnOn"
            label={t('filing.withdrawnOn')}
            rules={required(t('filing.withdrawnOn'))}
          >
            <DatePicker disabledDate={notAfterToday} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('filing.reason')}
            rules={[...required(t('filing.reason')), { max: 200 }]}
          >
            <Input.TextArea maxLength={200} rows={3} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
