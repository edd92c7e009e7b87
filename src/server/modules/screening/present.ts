import type { Language } from '../../platform/i18n/language.js';
import type { ExportTable } from '../registry/index.js';
import type { BatchProblemRow, BatchRow } from './batch-store.js';
import type { ClueRow } from './clue-store.js';
import { BATCH_COLUMNS } from './domain/batch-rows.js';
import { RULES, type RuleDefinition } from './domain/rules.js';
import type { WarningListRow, WarningRow } from './warning-store.js';

type Names = Map<string, { name: string; nameEn: string }>;
const iso = (at: Date | string | null) => (at ? new Date(at).toISOString() : null);

/** A batch as the API shows it (never the bytes, nor the uploader's scope). */
export function presentBatch(b: BatchRow, names: Names, language: Language) {
  const j = names.get(b.jurisdictionCode);
  return {
    id: b.id,
    fileName: b.fileName,
    format: b.format,
    sizeBytes: b.sizeBytes,
    sha256: b.sha256,
    status: b.status,
    records: b.records,
    problemCount: b.problemCount,
    findings: b.findings ?? null,
    newWarnings: b.newWarnings ?? null,
    ruleVersions: b.ruleVersions ?? null,
    uploadedBy: b.actorName,
    jurisdictionCode: b.jurisdictionCode,
    jurisdictionName: (language === 'en' ? j?.nameEn : j?.name) ?? b.jurisdictionCode,
    createdAt: iso(b.createdAt) as string,
    finishedAt: iso(b.finishedAt),
    error: b.error ?? null,
  };
}

export function presentProblem(p: BatchProblemRow, language: Language) {
  return {
    row: p.row,
    column: p.columnName,
    value: p.value ?? '',
    code: p.code,
    message: language === 'en' ? p.messageEn : p.messageZh,
  };
}

export function problemTable(rows: BatchProblemRow[]): ExportTable {
  return {
    columns: ['row', 'column', 'value', 'code', 'message_zh', 'message_en'],
    rows: rows.map((p) => [String(p.row), p.columnName, p.value ?? '', p.code, p.messageZh, p.messageEn]),
  };
}

export const templateTable = (): ExportTable => ({ columns: [...BATCH_COLUMNS], rows: [] });

export function presentRule(rule: (typeof RULES)[number]) {
  return {
    id: rule.id,
    code: rule.code,
    version: rule.version,
    severity: rule.severity,
    title: rule.title['zh-CN'],
    titleEn: rule.title.en,
    legalBasis: rule.legalBasis['zh-CN'],
    legalBasisEn: rule.legalBasis.en,
    basisStatus: rule.basisStatus,
    parameters: { ...rule.parameters },
  };
}

/** A warning as listed; `clueNumbers` names the clues of the page. */
export function presentWarning(w: WarningListRow, names: Names, clueNumbers: Map<string, string>) {
  const d = names.get(w.districtCode);
  return {
    id: w.id,
    ruleId: w.ruleId,
    ruleCode: w.ruleCode,
    ruleVersion: w.ruleVersion,
    severity: w.severity,
    ref: w.ref,
    recordId: w.recordId,
    institutionId: w.institutionId,
    institutionName: w.institutionName,
    practitionerId: w.practitionerId,
    practitionerName: w.practitionerName,
    districtCode: w.districtCode,
    districtName: d?.name ?? w.districtCode,
    districtNameEn: d?.nameEn ?? w.districtCode,
    serviceDate: w.serviceDate,
    status: w.status,
    clueId: w.clueId,
    clueNumber: w.clueId ? (clueNumbers.get(w.clueId) ?? null) : null,
    batchId: w.batchId,
    createdAt: iso(w.createdAt) as string,
  };
}

export function presentWarningDetail(w: WarningRow, names: Names, clueNumbers: Map<string, string>) {
  return {
    ...presentWarning(w, names, clueNumbers),
    evidence: w.evidence as unknown as Record<string, unknown>,
    dismissal:
      w.status === 'dismissed'
        ? { reason: w.dismissalReason ?? '', by: w.dismissedBy ?? '', at: iso(w.dismissedAt) as string }
        : null,
  };
}

export function warningTable(rows: WarningListRow[], names: Names, language: Language): ExportTable {
  const rules = new Map<string, RuleDefinition>(RULES.map((r) => [r.code, r]));
  return {
    columns: [
      'rule_id',
      'rule_code',
      'rule_title',
      'severity',
      'ref',
      'institution_id',
      'institution_name',
      'practitioner_id',
      'practitioner_name',
      'district',
      'service_date',
      'status',
      'created_at',
    ],
    rows: rows.map((w) => [
      w.ruleId,
      w.ruleCode,
      rules.get(w.ruleCode)?.title[language] ?? '',
      w.severity,
      w.ref,
      w.institutionId,
      w.institutionName ?? '',
      w.practitionerId ?? '',
      w.practitionerName ?? '',
      (language === 'en' ? names.get(w.districtCode)?.nameEn : names.get(w.districtCode)?.name) ??
        w.districtCode,
      w.serviceDate,
      w.status,
      iso(w.createdAt) ?? '',
    ]),
  };
}

export function presentClue(c: ClueRow, names: Names, language: Language) {
  const d = names.get(c.districtCode);
  return {
    id: c.id,
    number: c.number,
    title: c.title,
    status: c.status,
    source: c.source,
    districtCode: c.districtCode,
    districtName: (language === 'en' ? d?.nameEn : d?.name) ?? c.districtCode,
    institutionId: c.institutionId,
    institutionName: c.institutionName,
    warningCount: c.warningCount,
    createdBy: c.createdByName,
    createdAt: iso(c.createdAt) as string,
  };
}
