import { Tag } from 'antd';
import { useT } from '../../app/i18n/i18n-context';
import type { Lang } from '../../app/i18n/translate';
import type { BatchStatus, Rule, Severity, WarningStatus } from './types';

const SEVERITY_COLORS: Record<Severity, string> = { high: 'red', medium: 'orange', low: 'gold' };
const WARNING_STATUS_COLORS: Record<WarningStatus, string> = {
  open: 'processing',
  dismissed: 'default',
  clued: 'purple',
};
const BATCH_STATUS_COLORS: Record<BatchStatus, string> = {
  queued: 'default',
  screening: 'processing',
  rejected: 'error',
  done: 'success',
  failed: 'warning',
};

export function SeverityTag({ severity }: { severity: Severity }) {
  const t = useT();
  return (
    <Tag color={SEVERITY_COLORS[severity]} data-testid="severity-tag">
      {t(`screen.severity.${severity}`)}
    </Tag>
  );
}

export function WarningStatusTag({ status }: { status: WarningStatus }) {
  const t = useT();
  return (
    <Tag color={WARNING_STATUS_COLORS[status]} data-testid="warning-status">
      {t(`screen.warningStatus.${status}`)}
    </Tag>
  );
}

export function BatchStatusTag({ status }: { status: BatchStatus }) {
  const t = useT();
  return (
    <Tag color={BATCH_STATUS_COLORS[status]} data-testid="batch-status">
      {t(`screen.batchStatus.${status}`)}
    </Tag>
  );
}

/** A rule's title in `lang` (Chinese when no English title). */
export function ruleTitle(rule: Pick<Rule, 'title' | 'titleEn'> | undefined | null, lang: Lang): string {
  if (!rule) return '';
  return lang === 'en' && rule.titleEn ? rule.titleEn : rule.title;
}

/** A rule's legal basis in `lang`. */
export function ruleBasis(rule: Pick<Rule, 'legalBasis' | 'legalBasisEn'>, lang: Lang): string {
  return lang === 'en' && rule.legalBasisEn ? rule.legalBasisEn : rule.legalBasis;
}

/** `DEPT_NOT_LICENSED` in code font with the rule's title after it. */
export function RuleLabel({ code, rule, lang }: { code: string; rule: Rule | undefined; lang: Lang }) {
  return (
    <span>
      <Tag bordered={false} style={{ fontFamily: 'monospace' }}>
        {rule ? `${rule.id} ${code}` : code}
      </Tag>
      {ruleTitle(rule, lang)}
    </span>
  );
}
