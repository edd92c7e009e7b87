import { api } from '../../app/api/client';
import type {
  ClinicFilingKind,
  FilingStatus,
  ValidationResult,
  VerificationState,
} from '../../../shared/registry-filings';

interface CodeName {
  code: string;
  name: string;
}

export interface LicenceRecord {
  number: string;
  validFrom: string;
  validTo: string;
  isCurrent: boolean;
  replacedAt: string | null;
  departments: CodeName[];
}

export interface TechnologyFiling {
  id: string;
  filingNumber: string;
  technologyCode: string;
  technologyName: string;
  departmentCode: string;
  departmentName: string;
  filedOn: string;
  status: FilingStatus;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
}

export interface ClinicFiling {
  filingNumber: string;
  kind: ClinicFilingKind;
  filedOn: string;
  authorityCode: string;
  authorityName: string;
  authorityNameEn: string;
  departments: CodeName[];
  status: FilingStatus;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
}

export interface Validation {
  id: string;
  periodStart: string;
  periodEnd: string;
  applyBy: string;
  result: ValidationResult;
  reason: string | null;
  decidedOn: string | null;
  decidedBy: string | null;
}

export interface Verification {
  state: VerificationState;
  cycleYears: number;
  periodStart: string | null;
  periodEnd: string | null;
  applyBy: string | null;
  daysLeft: number | null;
}

/** What the institution detail carries about licences, filings and validation. */
export interface InstitutionFilings {
  licences: LicenceRecord[];
  technologyFilings: TechnologyFiling[];
  clinicFiling: ClinicFiling | null;
  validations: Validation[];
  verification: Verification;
}

const base = (id: string) => `/institutions/${encodeURIComponent(id)}`;

export const fileTechnology = (
  id: string,
  body: { filingNumber: string; technologyCode: string; departmentCode: string; filedOn: string },
) => api.post<TechnologyFiling>(`${base(id)}/technology-filings`, body);

export const withdrawTechnologyFiling = (
  id: string,
  filingId: string,
  body: { withdrawnOn: string; reason: string },
) =>
  api.post<TechnologyFiling>(`${base(id)}/technology-filings/${encodeURIComponent(filingId)}/withdraw`, body);

export const recordClinicFiling = (
  id: string,
  body: {
    filingNumber: string;
    filedOn: string;
    departments: string[];
    status: FilingStatus;
    withdrawnOn?: string;
    reason?: string;
  },
) => api.post<ClinicFiling>(`${base(id)}/clinic-filing`, body);

export const recordValidation = (
  id: string,
  body: {
    result: 'passed' | 'deferred';
    decidedOn: string;
    decidedBy: string;
    reason?: string;
    periodStart?: string;
  },
) => api.post<{ validation: Validation; verification: Verification }>(`${base(id)}/validations`, body);
