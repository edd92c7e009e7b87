import { Select } from 'antd';
import { useI18n } from '../../app/i18n/i18n-context';
import { VERIFICATION_FILTERS } from '../../../shared/registry-filings';
import { enumLabel } from './labels';

/** The institutions list filter on the 校验 cycle: due (应申请校验) or overdue (逾期未校验). */
export function VerificationFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <Select
      allowClear
      placeholder={t('validation.filter')}
      aria-label={t('validation.filter')}
      value={value}
      onChange={onChange}
      options={VERIFICATION_FILTERS.map((state) => ({
        value: state,
        label: enumLabel(lang, 'verificationState', state),
      }))}
      popupMatchSelectWidth={false}
      style={{ width: 130 }}
      data-testid="verification-filter"
    />
  );
}
