import { z } from 'zod';
import {
  CLINIC_FILING_KINDS,
  DECIDED_RESULTS,
  FILING_STATUSES,
  VALIDATION_RESULTS,
  VERIFICATION_STATES,
} from '../../../shared/registry-filings.js';

const named = z.object({ code: z.string(), name: z.string() });
const isoDate = z.iso.date();
const code = z.string().trim().min(1).max(20);
const reason = z.string().trim().min(1).max(200);

export const filingParams = z.object({
  id: z.string().min(1).max(64),
  filingId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

export const technologyFilingBody = z.object({
  filingNumber: z.string().trim().min(1).max(60),
  technologyCode: code,
  departmentCode: code,
  filedOn: isoDate,
});
export const withdrawalBody = z.object({ withdrawnOn: isoDate, reason });
export const clinicFilingBody = z.object({
  filingNumber: z.string().trim().min(1).max(60),
  filedOn: isoDate,
  authorityCode: z.string().trim().min(1).max(12).optional(),
  departments: z.array(code).min(1).max(100),
  status: z.enum(FILING_STATUSES).default('filed'),
  withdrawnOn: isoDate.optional(),
  reason: z.string().trim().max(200).optional(),
});
export const validationBody = z.object({
  result: z.enum(DECIDED_RESULTS),
  decidedOn: isoDate,
  decidedBy: z.string().trim().min(1).max(100),
  reason: z.string().trim().max(200).optional(),
  periodStart: isoDate.optional(),
});

export const technologyFiling = z.object({
  id: z.string(),
  filingNumber: z.string(),
  technologyCode: z.string(),
  technologyName: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  filedOn: z.string(),
  status: z.enum(FILING_STATUSES),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
});
export const clinicFiling = z.object({
  filingNumber: z.string(),
  kind: z.enum(CLINIC_FILING_KINDS),
  filedOn: z.string(),
  authorityCode: z.string(),
  authorityName: z.string(),
  authorityNameEn: z.string(),
  departments: z.array(named),
  status: z.enum(FILING_STATUSES),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
});
export const validation = z.object({
  id: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  applyBy: z.string(),
  result: z.enum(VALIDATION_RESULTS),
  reason: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable(),
});
export const verification = z.object({
  state: z.enum(VERIFICATION_STATES),
  cycleYears: z.number().int(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  applyBy: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
});

/** What the institution detail adds for licences, filings and validation. */
export const institutionFilings = {
  licences: z.array(
    z.object({
      number: z.string(),
      validFrom: z.string(),
      validTo: z.string(),
      isCurrent: z.boolean(),
      replacedAt: z.string().nullable(),
      departments: z.array(named),
    }),
  ),
  technologyFilings: z.array(technologyFiling),
  clinicFiling: clinicFiling.nullable(),
  validations: z.array(validation),
  verification,
};

export const validationRecorded = z.object({
  validation,
  verification,
});
