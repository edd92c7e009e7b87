import { Tag } from 'antd';
import { useI18n } from '../../app/i18n/i18n-context';
import type { Verification } from './filing-api';
import { enumLabel } from './labels';

const COLORS: Record<Verification['state'], string> = {
  none: 'default',
  not_due: 'success',
  due: 'warning',
  overdue: 'error',
};

/** Where an institution stands in its 校验 cycle: not yet due, due (with days left) or overdue. */
export function VerificationTag({ verification }: { verification: Verification }) {
  const { t, lang } = useI18n();
  const { state, daysLeft } = verification;
  let days = '';
  if (state === 'due' && daysLeft !== null) days = ` · ${t('validation.daysLeft', { days: daysLeft })}`;
  if (state === 'overdue' && daysLeft !== null)
    days = ` · ${t('validation.daysOverdue', { days: -daysLeft })}`;
  return (
    <Tag color={COLORS[state]} data-testid="verification-tag" data-state={state}>
      {enumLabel(lang, 'verificationState', state)}
      {days}
    </Tag>
  );
}
