import { z } from 'zod';
import { pageQuery, pagedResponse } from '../../platform/http/pagination.js';
import { FILE_KINDS, IMPORT_STATUSES } from './import-tables.js';

const counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const importIdParams = z.object({ id: z.uuid() });

export const importFile = z.object({
  name: z.string(),
  kind: z.enum(FILE_KINDS),
  format: z.enum(['csv', 'xlsx', 'json']),
  sizeBytes: z.number().int(),
  rowCount: z.number().int().nullable(),
});

/** An import as listed: who, when, which files, where it has got and what came of it. */
export const importSummary = z.object({
  id: z.string(),
  status: z.enum(IMPORT_STATUSES),
  processed: z.number().int(),
  total: z.number().int(),
  /** 0–100: queued 0; checking and writing by rows; finished 100. */
  percent: z.number().int(),
  actorName: z.string(),
  jurisdictionCode: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  files: z.array(importFile),
  /** Per kind of file, once done. */
  summary: z.record(z.string(), counts).nullable(),
  problemRows: z.number().int(),
  problemCount: z.number().int(),
  /** Why it failed (an error code), when it failed. */
  error: z.string().nullable(),
});
export const importPage = pagedResponse(importSummary).extend({
  /** What an upload may carry: the page states it before anyone uploads. */
  limits: z.object({ maxFiles: z.number().int(), maxFileBytes: z.number().int() }),
});

export const importProblem = z.object({
  seq: z.number().int(),
  file: z.string(),
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  code: z.string(),
  /** In the request's language; both are given too. */
  message: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});

export const importDetail = importSummary.extend({
  /** Files with problems, and how many problems and rows each has (the problems filter). */
  problemFiles: z.array(z.object({ file: z.string(), problems: z.number().int(), rows: z.number().int() })),
  problems: pagedResponse(importProblem),
  /** The report keeps the first this many problems. */
  reportCap: z.number().int(),
});

export const importListQuery = z.object({ ...pageQuery });
export const importDetailQuery = z.object({
  ...pageQuery,
  file: z.string().trim().max(200).optional(),
});
export const reportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
export const templateQuery = z.object({
  kind: z.enum(['institutions', 'practitioners', 'drugs']),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
