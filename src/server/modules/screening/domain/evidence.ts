/**
 * The evidence packet of a finding: the record, the rule with its legal basis and version, the
 * registry facts as they stood on the service date, and one line per fact the record broke, in
 * both languages. Kept with the warning, so that it still shows what was known when it was raised.
 */
import type { BatchRecord } from './batch-rows.js';
import type { DrugOnDay, InstitutionOnDay, PractitionerOnDay } from './as-of.js';
import { brokenFacts } from './evidence-broken.js';
import type { RuleDefinition } from './rules.js';

export interface EvidenceParts {
  record: BatchRecord;
  institution: InstitutionOnDay | null;
  practitioner: PractitionerOnDay | null;
  drug: DrugOnDay | null;
  isDrug: boolean;
}

export interface DuplicateGroup {
  key: { institutionId: string; patientRef: string; itemCode: string; serviceDate: string };
  kept: string;
  records: string[];
}

export interface VolumeFacts {
  institutionId: string;
  drugCode: string;
  month: string;
  category: string;
  total: number;
  median: number;
  peers: number;
  multiplier: number;
  peerMinimum: number;
}

export interface BrokenFact {
  fact: string;
  zh: string;
  en: string;
}

export interface Evidence {
  asOf: string;
  rule: {
    id: string;
    code: string;
    version: number;
    severity: string;
    title: string;
    titleEn: string;
    legalBasis: string;
    legalBasisEn: string;
    parameters: Record<string, number>;
  };
  record: Omit<BatchRecord, 'row'> | null;
  broken: BrokenFact[];
  institution: {
    id: string;
    name: string;
    category: string;
    status: string;
    districtCode: string;
    licence: { number: string; validFrom: string; validTo: string; departments: string[] } | null;
    clinicFiling: {
      filingNumber: string;
      filedOn: string;
      withdrawnOn: string | null;
      departments: string[];
    } | null;
  } | null;
  practitioner: {
    id: string;
    name: string;
    category: string;
    title: string;
    status: string;
    scopes: string[];
    registrations: { institutionId: string; kind: string; validFrom: string; validTo: string | null }[];
  } | null;
  drug: DrugOnDay | null;
  duplicates: DuplicateGroup | null;
  volume: VolumeFacts | null;
}

function ruleOf(rule: RuleDefinition): Evidence['rule'] {
  return {
    id: rule.id,
    code: rule.code,
    version: rule.version,
    severity: rule.severity,
    title: rule.title['zh-CN'],
    titleEn: rule.title.en,
    legalBasis: rule.legalBasis['zh-CN'],
    legalBasisEn: rule.legalBasis.en,
    parameters: { ...rule.parameters },
  };
}

function institutionOf(view: InstitutionOnDay | null): Evidence['institution'] {
  if (!view) return null;
  const p = view.permit;
  return {
    id: view.id,
    name: view.name,
    category: view.category,
    status: view.status,
    districtCode: view.districtCode,
    licence:
      p.kind === 'licence'
        ? { number: p.number, validFrom: p.validFrom, validTo: p.validTo, departments: p.departments }
        : null,
    clinicFiling:
      p.kind === 'filing'
        ? { filingNumber: p.number, filedOn: p.validFrom, withdrawnOn: p.validTo, departments: p.departments }
        : null,
  };
}

/** The evidence of a record finding (R1–R9). */
export function evidenceOf(
  rule: RuleDefinition,
  day: string,
  parts: EvidenceParts,
  group?: DuplicateGroup,
): Evidence {
  const { row: _row, ...record } = parts.record;
  return {
    asOf: day,
    rule: ruleOf(rule),
    record,
    broken: brokenFacts(rule, day, parts, group),
    institution: institutionOf(parts.institution),
    practitioner: parts.practitioner
      ? {
          id: parts.practitioner.id,
          name: parts.practitioner.name,
          category: parts.practitioner.category,
          title: parts.practitioner.title,
          status: parts.practitioner.status,
          scopes: parts.practitioner.scopes,
          registrations: parts.practitioner.registrations,
        }
      : null,
    drug: parts.drug,
    duplicates: group ?? null,
    volume: null,
  };
}

/** The evidence of an R10 finding: the drug-month totals of the institution and its peers. */
export function volumeEvidence(
  rule: RuleDefinition,
  institution: InstitutionOnDay | null,
  drug: DrugOnDay | null,
  volume: VolumeFacts,
): Evidence {
  const limit = volume.multiplier * volume.median;
  return {
    asOf: `${volume.month}-01`,
    rule: ruleOf(rule),
    record: null,
    broken: [
      {
        fact: 'volume',
        zh: `${volume.month} 药品 ${volume.drugCode} 用量 ${volume.total}，超过同类机构（${volume.peers} 家）中位数 ${volume.median} 的 ${volume.multiplier} 倍（${limit}）`,
        en: `${volume.month}: ${volume.total} units of ${volume.drugCode}, more than ${volume.multiplier} × the median ${volume.median} of ${volume.peers} peer institutions (${limit})`,
      },
    ],
    institution: institutionOf(institution),
    practitioner: null,
    drug,
    duplicates: null,
    volume,
  };
}
