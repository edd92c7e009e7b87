import type { InstitutionFilings } from './filing-read-service.js';

type TechnologyFiling = InstitutionFilings['technologyFilings'][number];
type Validation = InstitutionFilings['validations'][number];
type ClinicFiling = NonNullable<InstitutionFilings['clinicFiling']>;

export function presentTechnologyFiling(f: TechnologyFiling) {
  return {
    id: String(f.id),
    filingNumber: f.filingNumber,
    technologyCode: f.technologyCode,
    technologyName: f.technologyName,
    departmentCode: f.departmentCode,
    departmentName: f.departmentName,
    filedOn: f.filedOn,
    status: f.status,
    withdrawnOn: f.withdrawnOn,
    withdrawalReason: f.withdrawalReason,
  };
}

export function presentValidation(v: Validation) {
  return {
    id: String(v.id),
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    applyBy: v.applyBy,
    result: v.result,
    reason: v.reason,
    decidedOn: v.decidedOn,
    decidedBy: v.decidedBy,
  };
}

export function presentClinicFiling(c: ClinicFiling) {
  return {
    filingNumber: c.filingNumber,
    kind: c.kind,
    filedOn: c.filedOn,
    authorityCode: c.authorityCode,
    authorityName: c.authorityName,
    authorityNameEn: c.authorityNameEn,
    departments: c.departmentsNamed,
    status: c.status,
    withdrawnOn: c.withdrawnOn,
    withdrawalReason: c.withdrawalReason,
  };
}

/** Where the institution stands in its 校验 cycle, with the open period it is about. */
export function presentVerification(v: InstitutionFilings['verification']) {
  return {
    state: v.state,
    cycleYears: v.cycleYears,
    periodStart: v.period?.periodStart ?? null,
    periodEnd: v.period?.periodEnd ?? null,
    applyBy: v.period?.applyBy ?? null,
    daysLeft: v.daysLeft,
  };
}

/** Licence history, filings and validation of an institution: the detail's additional parts. */
export function presentFilings(f: InstitutionFilings) {
  return {
    licences: f.licences.map((l) => ({
      number: l.number,
      validFrom: l.validFrom,
      validTo: l.validTo,
      isCurrent: l.isCurrent,
      replacedAt: l.replacedAt ? l.replacedAt.toISOString() : null,
      departments: l.departments,
    })),
    technologyFilings: f.technologyFilings.map(presentTechnologyFiling),
    clinicFiling: f.clinicFiling ? presentClinicFiling(f.clinicFiling) : null,
    validations: f.validations.map(presentValidation),
    verification: presentVerification(f.verification),
  };
}
