/** The shapes of the screening API (docs/api/screening.md). */
import type { Paged } from '../../app/api/types';

export type Severity = 'high' | 'medium' | 'low';
export type BatchStatus = 'queued' | 'screening' | 'rejected' | 'done' | 'failed';
export type WarningStatus = 'open' | 'dismissed' | 'clued';

export interface RuleVersion {
  id: string;
  code: string;
  version: number;
}

export interface Batch {
  id: string;
  fileName: string;
  format: 'csv' | 'ndjson';
  sizeBytes: number;
  sha256: string;
  status: BatchStatus;
  records: number;
  problemCount: number;
  findings: Record<string, number> | null;
  newWarnings: number | null;
  ruleVersions: RuleVersion[] | null;
  uploadedBy: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface BatchProblem {
  row: number;
  column: string;
  value: string;
  code: string;
  message: string;
}

export interface BatchDetail extends Batch {
  problems: Paged<BatchProblem>;
}

export interface BatchPage extends Paged<Batch> {
  limits: { maxFileBytes: number };
}

export interface Rule {
  id: string;
  code: string;
  version: number;
  severity: Severity;
  title: string;
  titleEn: string;
  legalBasis: string;
  legalBasisEn: string;
  basisStatus: 'V' | 'S' | 'U';
  parameters: Record<string, number>;
}

export interface Warning {
  id: string;
  ruleId: string;
  ruleCode: string;
  ruleVersion: number;
  severity: Severity;
  ref: string;
  recordId: string | null;
  institutionId: string;
  institutionName: string | null;
  practitionerId: string | null;
  practitionerName: string | null;
  districtCode: string;
  districtName: string;
  districtNameEn: string;
  serviceDate: string;
  status: WarningStatus;
  clueId: string | null;
  clueNumber: string | null;
  batchId: string;
  createdAt: string;
}

export interface EvidenceRecord {
  id: string;
  institutionId: string;
  practitionerId: string;
  departmentCode: string;
  serviceDate: string;
  patientRef: string;
  itemType: string;
  itemCode: string;
  quantity: number | string;
  unitPrice: number | string;
}

export interface EvidenceInstitution {
  id: string;
  name: string;
  category: string;
  status: string;
  districtCode: string;
  licence: { number: string; validFrom: string | null; validTo: string | null; departments: string[] } | null;
  clinicFiling: {
    filingNumber: string;
    filedOn: string | null;
    withdrawnOn: string | null;
    departments: string[];
  } | null;
}

export interface EvidencePractitioner {
  id: string;
  name: string;
  category: string;
  title: string;
  status: string;
  scopes: string[];
  registrations: { institutionId: string; kind: string; validFrom: string | null; validTo: string | null }[];
}

export interface Evidence {
  asOf: string;
  rule: Pick<
    Rule,
    | 'id'
    | 'code'
    | 'version'
    | 'severity'
    | 'title'
    | 'titleEn'
    | 'legalBasis'
    | 'legalBasisEn'
    | 'parameters'
  >;
  record: EvidenceRecord | null;
  broken: { fact: string; zh: string; en: string }[];
  institution: EvidenceInstitution | null;
  practitioner: EvidencePractitioner | null;
  drug: { code: string; name: string; antibioticLevel: number | null; priceCap: number | null } | null;
  duplicates: {
    key: { institutionId: string; patientRef: string; itemCode: string; serviceDate: string };
    kept: string;
    records: string[];
  } | null;
  volume: {
    institutionId: string;
    drugCode: string;
    month: string;
    category: string;
    total: number;
    median: number;
    peers: number;
    multiplier: number;
    peerMinimum: number;
  } | null;
}

export interface WarningDetail extends Warning {
  evidence: Evidence;
  dismissal: { reason: string; by: string; at: string } | null;
}

export interface Clue {
  id: string;
  number: string;
  title: string;
  status: 'open';
  source: 'screening';
  districtCode: string;
  districtName: string;
  institutionId: string | null;
  institutionName: string | null;
  warningCount: number;
  createdBy: string;
  createdAt: string;
}

export interface ClueDetail extends Clue {
  note: string | null;
  warnings: Warning[];
}

export interface Dashboard {
  from: string;
  to: string;
  totals: { total: number; open: number; dismissed: number; clued: number };
  byRule: { ruleCode: string; ruleId: string; severity: Severity; total: number; open: number }[];
  byDistrict: {
    districtCode: string;
    districtName: string;
    districtNameEn: string;
    total: number;
    open: number;
  }[];
  byWeek: { week: string; total: number; high: number; medium: number; low: number }[];
}
