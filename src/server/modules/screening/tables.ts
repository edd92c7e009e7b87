import {
  customType,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StoredActor } from '../../platform/context.js';
import type { Evidence } from './domain/evidence.js';

/** Bytes as they are (PGlite and pg both hand bytea back as a Uint8Array / Buffer). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const BATCH_STATUSES = ['queued', 'screening', 'rejected', 'done', 'failed'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export const WARNING_STATUSES = ['open', 'dismissed', 'clued'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

/** Who uploaded, as the job acts for them (migrations/0004_screening.sql). */
export type BatchActor = StoredActor;

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const screeningBatches = pgTable('screening_batches', {
  id: uuid('id').primaryKey(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  jurisdictionCode: text('jurisdiction_code').notNull(),
  actorScope: jsonb('actor_scope').$type<BatchActor>().notNull(),
  language: text('language', { enum: ['zh-CN', 'en'] }).notNull(),
  fileName: text('file_name').notNull(),
  format: text('format', { enum: ['csv', 'ndjson'] }).notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content'),
  status: text('status', { enum: BATCH_STATUSES }).notNull().default('queued'),
  records: integer('records').notNull().default(0),
  problemCount: integer('problem_count').notNull().default(0),
  findings: jsonb('findings').$type<Record<string, number>>(),
  newWarnings: integer('new_warnings'),
  ruleVersions: jsonb('rule_versions').$type<{ id: string; code: string; version: number }[]>(),
  error: text('error'),
  createdAt,
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export const screeningBatchProblems = pgTable('screening_batch_problems', {
  batchId: uuid('batch_id').notNull(),
  seq: integer('seq').notNull(),
  row: integer('row').notNull(),
  columnName: text('column_name').notNull(),
  value: text('value').notNull().default(''),
  code: text('code').notNull(),
  messageZh: text('message_zh').notNull(),
  messageEn: text('message_en').notNull(),
});

export const screeningClues = pgTable('screening_clues', {
  id: uuid('id').primaryKey(),
  number: text('number').notNull(),
  title: text('title').notNull(),
  note: text('note').notNull().default(''),
  status: text('status', { enum: ['open'] })
    .notNull()
    .default('open'),
  source: text('source', { enum: ['screening'] })
    .notNull()
    .default('screening'),
  districtCode: text('district_code').notNull(),
  institutionId: text('institution_id'),
  institutionName: text('institution_name'),
  createdBy: uuid('created_by'),
  createdByName: text('created_by_name').notNull(),
  createdAt,
});

export const screeningWarnings = pgTable('screening_warnings', {
  id: uuid('id').primaryKey(),
  batchId: uuid('batch_id').notNull(),
  ruleId: text('rule_id').notNull(),
  ruleCode: text('rule_code').notNull(),
  ruleVersion: integer('rule_version').notNull(),
  severity: text('severity', { enum: ['high', 'medium', 'low'] }).notNull(),
  subjectKey: text('subject_key').notNull(),
  ref: text('ref').notNull(),
  recordId: text('record_id'),
  institutionId: text('institution_id').notNull(),
  institutionName: text('institution_name'),
  practitionerId: text('practitioner_id'),
  practitionerName: text('practitioner_name'),
  districtCode: text('district_code').notNull(),
  serviceDate: date('service_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: WARNING_STATUSES }).notNull().default('open'),
  dismissalReason: text('dismissal_reason'),
  dismissedBy: text('dismissed_by'),
  dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
  clueId: uuid('clue_id'),
  evidence: jsonb('evidence').$type<Evidence>().notNull(),
  createdAt,
});

export const screeningDrugMonths = pgTable('screening_drug_months', {
  institutionId: text('institution_id').notNull(),
  drugCode: text('drug_code').notNull(),
  month: text('month').notNull(),
  category: text('category').notNull(),
  districtCode: text('district_code').notNull(),
  quantity: doublePrecision('quantity').notNull(),
});
