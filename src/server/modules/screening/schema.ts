import { z } from 'zod';
import { isoDate, pageQuery, pagedResponse } from '../../platform/http/pagination.js';
import { BATCH_STATUSES, WARNING_STATUSES } from './tables.js';

export const uuidParams = z.object({ id: z.uuid() });
const format = z.enum(['csv', 'xlsx']).default('csv');
const severity = z.enum(['high', 'medium', 'low']);

export const batchListQuery = z.object({ ...pageQuery, status: z.enum(BATCH_STATUSES).optional() });
export const batchDetailQuery = z.object({ ...pageQuery });
export const reportQuery = z.object({ format });
export const templateQuery = z.object({ format: z.enum(['csv']).default('csv') });

export const batch = z.object({
  id: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'ndjson']),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  status: z.enum(BATCH_STATUSES),
  records: z.number().int(),
  problemCount: z.number().int(),
  findings: z.record(z.string(), z.number().int()).nullable(),
  newWarnings: z.number().int().nullable(),
  ruleVersions: z.array(z.object({ id: z.string(), code: z.string(), version: z.number().int() })).nullable(),
  uploadedBy: z.string(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});

export const batchPage = pagedResponse(batch).extend({
  limits: z.object({ maxFileBytes: z.number().int() }),
});

export const batchProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  code: z.string(),
  message: z.string(),
});

export const batchDetail = batch.extend({ problems: pagedResponse(batchProblem) });

export const rule = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  severity,
  title: z.string(),
  titleEn: z.string(),
  legalBasis: z.string(),
  legalBasisEn: z.string(),
  basisStatus: z.enum(['V', 'S', 'U']),
  parameters: z.record(z.string(), z.number()),
});

const ruleCodes = z
  .string()
  .trim()
  .max(400)
  .transform((value) =>
    value
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean),
  )
  .optional();

export const WARNING_SORTS = ['-serviceDate', 'serviceDate', 'severity', '-createdAt'] as const;

export const warningFilters = {
  district: z.string().trim().max(12).optional(),
  institutionId: z.string().trim().max(100).optional(),
  rule: ruleCodes,
  severity: severity.optional(),
  status: z.enum(WARNING_STATUSES).optional(),
  batchId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(WARNING_SORTS).default('-serviceDate'),
};

export const warningListQuery = z.object({ ...pageQuery, ...warningFilters });
export const warningExportQuery = z.object({ ...warningFilters, format });

export const warning = z.object({
  id: z.string(),
  ruleId: z.string(),
  ruleCode: z.string(),
  ruleVersion: z.number().int(),
  severity,
  ref: z.string(),
  recordId: z.string().nullable(),
  institutionId: z.string(),
  institutionName: z.string().nullable(),
  practitionerId: z.string().nullable(),
  practitionerName: z.string().nullable(),
  districtCode: z.string(),
  districtName: z.string(),
  districtNameEn: z.string(),
  serviceDate: z.string(),
  status: z.enum(WARNING_STATUSES),
  clueId: z.string().nullable(),
  clueNumber: z.string().nullable(),
  batchId: z.string(),
  createdAt: z.string(),
});

export const warningPage = pagedResponse(warning);

export const warningDetail = warning.extend({
  /** The evidence packet (docs/api/screening.md): kept as raised. */
  evidence: z.record(z.string(), z.unknown()),
  dismissal: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
});

export const dismissBody = z.object({
  ids: z.array(z.uuid()).min(1).max(500),
  reason: z.string().trim().min(4).max(500),
});

export const clueBody = z.object({
  warningIds: z.array(z.uuid()).min(1).max(500),
  title: z.string().trim().min(2).max(200),
  note: z.string().trim().max(2000).optional(),
});

export const clue = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.enum(['open']),
  source: z.enum(['screening']),
  districtCode: z.string(),
  districtName: z.string(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  warningCount: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const cluePage = pagedResponse(clue);
export const clueListQuery = z.object({ ...pageQuery, status: z.enum(['open']).optional() });
export const clueDetail = clue.extend({ note: z.string(), warnings: z.array(warning) });

export const dashboardQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  district: z.string().trim().max(12).optional(),
});

const counted = { total: z.number().int(), open: z.number().int() };
export const dashboard = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object({
    total: z.number().int(),
    open: z.number().int(),
    dismissed: z.number().int(),
    clued: z.number().int(),
  }),
  byRule: z.array(z.object({ ruleId: z.string(), ruleCode: z.string(), severity, ...counted })),
  byDistrict: z.array(
    z.object({ districtCode: z.string(), districtName: z.string(), districtNameEn: z.string(), ...counted }),
  ),
  byWeek: z.array(
    z.object({
      week: z.string(),
      total: z.number().int(),
      high: z.number().int(),
      medium: z.number().int(),
      low: z.number().int(),
    }),
  ),
});
