import { customType, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { StoredActor } from '../../platform/context.js';

/** Bytes as they are (PGlite and pg both hand bytea back as a Uint8Array / Buffer). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const IMPORT_STATUSES = ['queued', 'checking', 'writing', 'rejected', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const FILE_KINDS = ['institutions', 'practitioners', 'drugs', 'fhir_bundle'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Who uploaded, as the job acts for them (migrations/0003_registry_imports.sql). */
export type ImportActor = StoredActor;

export const registryImports = pgTable('registry_imports', {
  id: uuid('id').primaryKey(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  jurisdictionCode: text('jurisdiction_code').notNull(),
  actorScope: jsonb('actor_scope').$type<ImportActor>().notNull(),
  language: text('language', { enum: ['zh-CN', 'en'] }).notNull(),
  status: text('status', { enum: IMPORT_STATUSES }).notNull().default('queued'),
  processed: integer('processed').notNull().default(0),
  total: integer('total').notNull().default(0),
  summary: jsonb('summary').$type<Record<string, { created: number; updated: number; unchanged: number }>>(),
  problemRows: integer('problem_rows').notNull().default(0),
  problemCount: integer('problem_count').notNull().default(0),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export const registryImportFiles = pgTable('registry_import_files', {
  importId: uuid('import_id').notNull(),
  seq: smallint('seq').notNull(),
  kind: text('kind', { enum: FILE_KINDS }).notNull(),
  name: text('name').notNull(),
  format: text('format', { enum: ['csv', 'xlsx', 'json'] }).notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  rowCount: integer('row_count'),
  content: bytea('content'),
});

export const registryImportProblems = pgTable('registry_import_problems', {
  importId: uuid('import_id').notNull(),
  seq: integer('seq').notNull(),
  file: text('file').notNull(),
  row: integer('row').notNull(),
  columnName: text('column_name').notNull(),
  value: text('value').notNull(),
  code: text('code').notNull(),
  messageZh: text('message_zh').notNull(),
  messageEn: text('message_en').notNull(),
});
