import type { Lang } from '../../app/i18n/translate';
import {
  CLINIC_FILING_KIND_LABELS,
  FILING_STATUS_LABELS,
  VALIDATION_RESULT_LABELS,
  VERIFICATION_STATE_LABELS,
} from '../../../shared/registry-filings';
import {
  INSTITUTION_CATEGORY_LABELS,
  INSTITUTION_STATUS_LABELS,
  OWNERSHIP_LABELS,
  PRACTITIONER_CATEGORY_LABELS,
  PRACTITIONER_STATUS_LABELS,
  PRACTITIONER_TITLE_LABELS,
  REGISTRATION_KIND_LABELS,
  type RegistryLabel,
} from '../../../shared/registry';

export const ENUM_LABELS = {
  institutionCategory: INSTITUTION_CATEGORY_LABELS,
  institutionStatus: INSTITUTION_STATUS_LABELS,
  ownership: OWNERSHIP_LABELS,
  practitionerCategory: PRACTITIONER_CATEGORY_LABELS,
  practitionerTitle: PRACTITIONER_TITLE_LABELS,
  practitionerStatus: PRACTITIONER_STATUS_LABELS,
  registrationKind: REGISTRATION_KIND_LABELS,
  filingStatus: FILING_STATUS_LABELS,
  clinicFilingKind: CLINIC_FILING_KIND_LABELS,
  validationResult: VALIDATION_RESULT_LABELS,
  verificationState: VERIFICATION_STATE_LABELS,
} as const satisfies Record<string, Record<string, RegistryLabel>>;

export type EnumName = keyof typeof ENUM_LABELS;

/** The label of an enumeration value in `lang`; unknown values are shown as they are. */
export function enumLabel(lang: Lang, name: EnumName, value: string | null | undefined): string {
  if (!value) return '';
  const labels: Record<string, RegistryLabel> = ENUM_LABELS[name];
  const label = Object.hasOwn(labels, value) ? labels[value] : undefined;
  if (!label) return value;
  return lang === 'en' ? label.nameEn : label.name;
}

/** Select options for an enumeration, in declaration order. */
export function enumOptions(lang: Lang, name: EnumName): { value: string; label: string }[] {
  return Object.keys(ENUM_LABELS[name]).map((value) => ({ value, label: enumLabel(lang, name, value) }));
}

/** Tag colours for the status enumerations (active green, suspended orange, revoked grey). */
export function statusColor(status: string): string {
  if (status === 'active') return 'success';
  if (status === 'suspended') return 'warning';
  return 'default';
}

/** A timeline value as text: scalars as they are, yes/no, arrays joined, objects as JSON; empty as —. */
export function formatChangeValue(value: unknown, lang: Lang = 'zh-CN'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? (lang === 'en' ? 'Yes' : '是') : lang === 'en' ? 'No' : '否';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.join(', ');
  return JSON.stringify(value);
}
