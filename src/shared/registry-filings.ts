/**
 * Filings and validation of institutions (限制类技术备案, 诊所备案, 校验): enumerations with their
 * zh-CN / en labels, used by the server and the web app.
 */
import type { RegistryLabel } from './registry.js';

type Labels<T extends string> = Record<T, RegistryLabel>;

export const FILING_STATUSES = ['filed', 'withdrawn'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
export const FILING_STATUS_LABELS: Labels<FilingStatus> = {
  filed: { name: '已备案', nameEn: 'Filed' },
  withdrawn: { name: '已撤销', nameEn: 'Withdrawn' },
};

/** 诊所备案 (诊所备案制, 2023) or 中医诊所备案 (中医诊所备案管理暂行办法, 2017). */
export const CLINIC_FILING_KINDS = ['clinic', 'tcm_clinic'] as const;
export type ClinicFilingKind = (typeof CLINIC_FILING_KINDS)[number];
export const CLINIC_FILING_KIND_LABELS: Labels<ClinicFilingKind> = {
  clinic: { name: '诊所备案', nameEn: 'Clinic filing' },
  tcm_clinic: { name: '中医诊所备案', nameEn: 'TCM clinic filing' },
};

export const VALIDATION_RESULTS = ['pending', 'passed', 'deferred'] as const;
export type ValidationResult = (typeof VALIDATION_RESULTS)[number];
/** The results a decision may record (pending is the state before one). */
export const DECIDED_RESULTS = ['passed', 'deferred'] as const;
export const VALIDATION_RESULT_LABELS: Labels<ValidationResult> = {
  pending: { name: '待校验', nameEn: 'Pending' },
  passed: { name: '校验合格', nameEn: 'Passed' },
  deferred: { name: '暂缓校验', nameEn: 'Deferred' },
};

/**
 * Where an institution stands in its validation cycle today: no period on record, the open period
 * not yet in its application window, inside it (due), or past its end without a result (overdue).
 */
export const VERIFICATION_STATES = ['none', 'not_due', 'due', 'overdue'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];
export const VERIFICATION_STATE_LABELS: Labels<VerificationState> = {
  none: { name: '无校验周期', nameEn: 'No period' },
  not_due: { name: '未到申请期', nameEn: 'Not yet due' },
  due: { name: '应申请校验', nameEn: 'Due' },
  overdue: { name: '逾期未校验', nameEn: 'Overdue' },
};
/** The states the institution list can filter on. */
export const VERIFICATION_FILTERS = ['due', 'overdue'] as const;
