import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useT } from '../../app/i18n/i18n-context';
import { fileTechnology, type TechnologyFiling, withdrawTechnologyFiling } from './filing-api';
import { FormModal, isoDate, notAfterToday } from './form-modal';
import { useCodeNames } from './use-code-names';

interface NewFiling {
  filingNumber: string;
  technologyCode: string;
  departmentCode: string;
  filedOn: Dayjs;
}

/** A department the licence covers: a licensed code or one below it (the 诊疗科目 coverage rule). */
const isCoveredBy = (licensed: readonly string[], code: string) =>
  licensed.some((granted) => code === granted || code.startsWith(`${granted}.`));

/** 新增限制类技术备案: a listed technology under a department the licence covers. */
export function TechnologyFilingModal({
  institutionId,
  licensed,
  open,
  onClose,
  onSaved,
}: {
  institutionId: string;
  licensed: readonly string[];
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<NewFiling>();
  const technologies = useCodeNames('restricted_tech_2022');
  const departments = useCodeNames('zhenliao_kemu');
  const departmentOptions = useMemo(
    () =>
      [...departments]
        .filter(([code]) => isCoveredBy(licensed, code))
        .map(([code, name]) => ({ value: code, label: `${code} ${name}` })),
    [departments, licensed],
  );
  const required = (field: string) => [{ required: true, message: t('common.required', { field }) }];

  return (
    <FormModal<NewFiling>
      title={t('filing.technology.add')}
      open={open}
      form={form}
      fields={['filingNumber', 'technologyCode', 'departmentCode', 'filedOn']}
      onClose={onClose}
      success={t('filing.technology.created')}
      testId="technology-filing-form"
      onSubmit={async (values) => {
        await fileTechnology(institutionId, {
          filingNumber: values.filingNumber.trim(),
          technologyCode: values.technologyCode,
          departmentCode: values.departmentCode,
          filedOn: isoDate(values.filedOn),
        });
        onSaved();
      }}
    >
      <Form.Item
        name="technologyCode"
        label={t('filing.technology.technology')}
        rules={required(t('filing.technology.technology'))}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={[...technologies].map(([code, name]) => ({ value: code, label: `${code} ${name}` }))}
        />
      </Form.Item>
      <Form.Item
        name="departmentCode"
        label={t('filing.technology.department')}
        extra={t('filing.technology.departmentHint')}
        rules={required(t('filing.technology.department'))}
      >
        <Select showSearch={{ optionFilterProp: 'label' }} options={departmentOptions} />
      </Form.Item>
      <Form.Item
        name="filingNumber"
        label={t('filing.number')}
        rules={[...required(t('filing.number')), { max: 60 }]}
      >
        <Input maxLength={60} placeholder="沪限技备〔2025〕310101-001号" />
      </Form.Item>
      <Form.Item name="filedOn" label={t('filing.filedOn')} rules={required(t('filing.filedOn'))}>
        <DatePicker disabledDate={notAfterToday} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

interface Withdrawal {
  withdrawnOn: Dayjs;
  reason: string;
}

/** 撤销备案: the date and the reason; the filing stays on record. */
export function WithdrawFilingModal({
  institutionId,
  filing,
  onClose,
  onSaved,
}: {
  institutionId: string;
  filing: TechnologyFiling | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Withdrawal>();
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];
  return (
    <FormModal<Withdrawal>
      title={t('filing.technology.withdrawTitle', { name: filing?.technologyName ?? '' })}
      open={filing !== null}
      form={form}
      fields={['withdrawnOn', 'reason']}
      onClose={onClose}
      success={t('filing.technology.withdrawn')}
      testId="withdraw-filing-form"
      onSubmit={async (values) => {
        if (!filing) return;
        await withdrawTechnologyFiling(institutionId, filing.id, {
          withdrawnOn: isoDate(values.withdrawnOn),
          reason: values.reason.trim(),
        });
        onSaved();
      }}
    >
      <Form.Item
        name="withdrawnOn"
        label={t('filing.withdrawnOn')}
        rules={[{ required: true, message: t('common.required', { field: t('filing.withdrawnOn') }) }]}
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
    </FormModal>
  );
}
