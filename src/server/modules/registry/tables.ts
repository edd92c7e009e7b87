import {
  bigserial,
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const codeLists = pgTable('code_lists', {
  id: text('id').notNull(),
  version: text('version').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  source: text('source').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const codeListItems = pgTable('code_list_items', {
  listId: text('list_id').notNull(),
  version: text('version').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  parentCode: text('parent_code'),
});

export const institutions = pgTable('institutions', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameInitials: text('name_initials').notNull(),
  category: text('category').notNull(),
  ws218Code: text('ws218_code'),
  ownership: text('ownership', { enum: ['public', 'private'] }).notNull(),
  forProfit: boolean('for_profit').notNull().default(false),
  isTcm: boolean('is_tcm').notNull().default(false),
  districtCode: text('district_code').notNull(),
  streetCode: text('street_code'),
  streetName: text('street_name'),
  address: text('address').notNull().default(''),
  beds: integer('beds').notNull().default(0),
  legalRepresentative: text('legal_representative').notNull().default(''),
  status: text('status', { enum: ['active', 'suspended', 'revoked'] }).notNull(),
  ...timestamps,
});

export const institutionLicences = pgTable('institution_licences', {
  number: text('number').primaryKey(),
  institutionId: text('institution_id').notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }).notNull(),
  isCurrent: boolean('is_current').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  replacedAt: timestamp('replaced_at', { withTimezone: true }),
});

export const licenceDepartments = pgTable('licence_departments', {
  licenceNumber: text('licence_number').notNull(),
  departmentCode: text('department_code').notNull(),
});

export const practitioners = pgTable('practitioners', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameInitials: text('name_initials').notNull(),
  category: text('category').notNull(),
  scopes: text('scopes').array().notNull(),
  title: text('title').notNull(),
  status: text('status', { enum: ['active', 'suspended', 'revoked'] }).notNull(),
  certificateNo: text('certificate_no'),
  districtCode: text('district_code').notNull(),
  ...timestamps,
});

export const registrations = pgTable('registrations', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  practitionerId: text('practitioner_id').notNull(),
  institutionId: text('institution_id').notNull(),
  kind: text('kind', { enum: ['primary', 'multi_site'] }).notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
});

export const drugs = pgTable('drugs', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  antibioticLevel: integer('antibiotic_level').notNull(),
  priceCapFen: integer('price_cap_fen').notNull(),
  ...timestamps,
});

export const registryChanges = pgTable('registry_changes', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  entityType: text('entity_type', { enum: ['institution', 'practitioner', 'drug'] }).notNull(),
  entityId: text('entity_id').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  source: text('source', { enum: ['ui', 'import', 'seed'] }).notNull(),
  action: text('action').notNull(),
  changes: jsonb('changes').notNull(),
});

export const technologyFilings = pgTable('technology_filings', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  institutionId: text('institution_id').notNull(),
  filingNumber: text('filing_number').notNull(),
  technologyCode: text('technology_code').notNull(),
  departmentCode: text('department_code').notNull(),
  filedOn: date('filed_on', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['filed', 'withdrawn'] }).notNull(),
  withdrawnOn: date('withdrawn_on', { mode: 'string' }),
  withdrawalReason: text('withdrawal_reason'),
  ...timestamps,
});

export const clinicFilings = pgTable('clinic_filings', {
  institutionId: text('institution_id').primaryKey(),
  filingNumber: text('filing_number').notNull(),
  kind: text('kind', { enum: ['clinic', 'tcm_clinic'] }).notNull(),
  filedOn: date('filed_on', { mode: 'string' }).notNull(),
  authorityCode: text('authority_code').notNull(),
  departments: text('departments').array().notNull(),
  status: text('status', { enum: ['filed', 'withdrawn'] }).notNull(),
  withdrawnOn: date('withdrawn_on', { mode: 'string' }),
  withdrawalReason: text('withdrawal_reason'),
  ...timestamps,
});

export const institutionValidations = pgTable('institution_validations', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  institutionId: text('institution_id').notNull(),
  periodStart: date('period_start', { mode: 'string' }).notNull(),
  periodEnd: date('period_end', { mode: 'string' }).notNull(),
  applyBy: date('apply_by', { mode: 'string' }).notNull(),
  result: text('result', { enum: ['pending', 'passed', 'deferred'] }).notNull(),
  reason: text('reason'),
  decidedOn: date('decided_on', { mode: 'string' }),
  decidedBy: text('decided_by'),
  ...timestamps,
});

/** Imports uploaded through the API (migrations/0003_registry_imports.sql). */
export { registryImportFiles, registryImportProblems, registryImports } from './import-tables.js';
