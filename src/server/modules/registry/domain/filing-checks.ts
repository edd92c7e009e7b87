/**
 * The rules a filing or a validation result must pass before it is written, as pure checks that
 * report every problem with its field (shared/docs/style.md, Errors).
 */
import type { ClinicFilingKind } from '../../../../shared/registry-filings.js';
import { isCovered } from './coverage.js';
import type { FieldProblem } from './filing-problems.js';
import type { Period } from './verification.js';

/** What the checks need to know about the institution. */
export interface InstitutionFacts {
  category: string;
  isTcm: boolean;
  districtCode: string;
  status: string;
  /** 诊疗科目 codes of the current licence; null without one. */
  licensedDepartments: string[] | null;
}

/**
 * When each filing regime began: 中医诊所备案管理暂行办法 (国家卫生计生委令第14号) from 2017-12-01;
 * 诊所备案制 from 2023 (date taken as 1 January 2023 — check against the national notice).
 */
export const CLINIC_FILING_SINCE: Record<ClinicFilingKind, string> = {
  tcm_clinic: '2017-12-01',
  clinic: '2023-01-01',
};

const notFuture = (field: string, date: string, today: string): FieldProblem[] =>
  date > today ? [{ field, code: 'future_date', params: { today } }] : [];

const notRevoked = (facts: InstitutionFacts): FieldProblem[] =>
  facts.status === 'revoked' ? [{ field: 'institution', code: 'institution_revoked' }] : [];

/**
 * 限制类技术备案 (医疗技术临床应用管理办法, 2018): the technology is on the national list, and it is
 * performed under a department the licence covers (coverage rule of the 诊疗科目 hierarchy).
 */
export function checkTechnologyFiling(
  input: { technologyCode: string; departmentCode: string; filedOn: string },
  facts: InstitutionFacts,
  known: { technologies: ReadonlySet<string>; departments: ReadonlySet<string>; standingNumber?: string },
  today: string,
): FieldProblem[] {
  const problems = [...notRevoked(facts)];
  if (!known.technologies.has(input.technologyCode))
    problems.push({
      field: 'technologyCode',
      code: 'unknown_technology',
      params: { value: input.technologyCode },
    });
  else if (known.standingNumber)
    problems.push({
      field: 'technologyCode',
      code: 'already_filed',
      params: { value: known.standingNumber },
    });
  if (!known.departments.has(input.departmentCode))
    problems.push({
      field: 'departmentCode',
      code: 'unknown_department',
      params: { value: input.departmentCode },
    });
  else if (!facts.licensedDepartments) problems.push({ field: 'departmentCode', code: 'no_licence' });
  else if (!isCovered(facts.licensedDepartments, input.departmentCode))
    problems.push({
      field: 'departmentCode',
      code: 'department_not_licensed',
      params: { value: input.departmentCode },
    });
  return [...problems, ...notFuture('filedOn', input.filedOn, today)];
}

/** Withdrawing a standing filing: on or after the day it was filed, not in the future, with a reason. */
export function checkWithdrawal(
  filing: { filedOn: string },
  input: { withdrawnOn: string; reason: string },
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.reason.trim()) problems.push({ field: 'reason', code: 'reason_required' });
  if (input.withdrawnOn < filing.filedOn)
    problems.push({ field: 'withdrawnOn', code: 'before_filed_on', params: { value: filing.filedOn } });
  return [...problems, ...notFuture('withdrawnOn', input.withdrawnOn, today)];
}

export interface ClinicFilingInput {
  filingNumber: string;
  filedOn: string;
  authorityCode?: string | undefined;
  departments: string[];
  status: 'filed' | 'withdrawn';
  withdrawnOn?: string | undefined;
  reason?: string | undefined;
}

/** The kind of filing a clinic makes: 中医诊所备案 for TCM clinics, 诊所备案 for the others. */
export const clinicFilingKind = (isTcm: boolean): ClinicFilingKind => (isTcm ? 'tcm_clinic' : 'clinic');

/**
 * 诊所备案 / 中医诊所备案: only clinics file; with the health commission of their district; not
 * before the regime began; the departments filed are 诊疗科目 codes, each once.
 */
export function checkClinicFiling(
  input: ClinicFilingInput,
  facts: InstitutionFacts,
  departments: ReadonlySet<string>,
  today: string,
): FieldProblem[] {
  const problems = [...notRevoked(facts)];
  if (facts.category !== 'clinic')
    problems.push({ field: 'institution', code: 'not_a_clinic', params: { category: facts.category } });
  if (input.authorityCode && input.authorityCode !== facts.districtCode)
    problems.push({
      field: 'authorityCode',
      code: 'authority_mismatch',
      params: { value: facts.districtCode },
    });
  const kind = clinicFilingKind(facts.isTcm);
  if (input.filedOn < CLINIC_FILING_SINCE[kind])
    problems.push({
      field: 'filedOn',
      code: 'before_regime',
      params: { kind, value: CLINIC_FILING_SINCE[kind] },
    });
  problems.push(...notFuture('filedOn', input.filedOn, today));
  const seen = new Set<string>();
  input.departments.forEach((code, i) => {
    if (!departments.has(code))
      problems.push({ field: `departments.${i}`, code: 'unknown_department', params: { value: code } });
    else if (seen.has(code))
      problems.push({ field: `departments.${i}`, code: 'duplicate_department', params: { value: code } });
    seen.add(code);
  });
  if (input.status === 'withdrawn') {
    if (!input.withdrawnOn) problems.push({ field: 'withdrawnOn', code: 'required' });
    else {
      if (input.withdrawnOn < input.filedOn)
        problems.push({ field: 'withdrawnOn', code: 'before_filed_on', params: { value: input.filedOn } });
      problems.push(...notFuture('withdrawnOn', input.withdrawnOn, today));
    }
    if (!input.reason?.trim()) problems.push({ field: 'reason', code: 'reason_required' });
  } else {
    if (input.withdrawnOn) problems.push({ field: 'withdrawnOn', code: 'withdrawal_only' });
    if (input.reason?.trim()) problems.push({ field: 'reason', code: 'withdrawal_only' });
  }
  return problems;
}

export interface ValidationDecision {
  result: 'passed' | 'deferred';
  decidedOn: string;
  decidedBy: string;
  reason?: string | undefined;
  periodStart?: string | undefined;
}

/**
 * A validation result: for the open period (or, when the institution has none, a period starting on
 * `periodStart`); decided on or after the period starts and not in the future; 暂缓校验 needs a reason.
 */
export function checkValidationDecision(
  input: ValidationDecision,
  open: Period | null,
  facts: InstitutionFacts,
  today: string,
): FieldProblem[] {
  const problems = [...notRevoked(facts)];
  if (open && input.periodStart && input.periodStart !== open.periodStart)
    problems.push({ field: 'periodStart', code: 'period_open', params: { value: open.periodStart } });
  if (!open && !input.periodStart) problems.push({ field: 'periodStart', code: 'required' });
  const start = open?.periodStart ?? input.periodStart;
  if (start && input.decidedOn < start)
    problems.push({ field: 'decidedOn', code: 'before_period_start', params: { value: start } });
  problems.push(...notFuture('decidedOn', input.decidedOn, today));
  if (input.result === 'deferred' && !input.reason?.trim())
    problems.push({ field: 'reason', code: 'reason_required' });
  if (input.result === 'passed' && input.reason?.trim())
    problems.push({ field: 'reason', code: 'reason_not_allowed' });
  return problems;
}
