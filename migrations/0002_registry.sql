-- Registry (机构与人员): code lists, institutions and their practice licences with 诊疗科目,
-- practitioners and their registrations, drugs, and the registry's change timeline.
-- Forward-only. Runs unchanged on PGlite (PostgreSQL 17/18) and PostgreSQL 15+.

create table code_lists (
  id text not null,
  version text not null,
  name text not null,
  name_en text not null,
  -- the provenance comment lines of the CSV file the list was loaded from
  source text not null,
  loaded_at timestamptz not null default now(),
  primary key (id, version)
);

create table code_list_items (
  list_id text not null,
  version text not null,
  code text not null,
  name text not null,
  parent_code text,
  primary key (list_id, version, code),
  foreign key (list_id, version) references code_lists (id, version)
);

create table institutions (
  id text primary key,
  name text not null,
  -- pinyin first letters of the name, lower case (第一人民医院 → dyrmyy), computed on write
  name_initials text not null,
  category text not null,
  ws218_code text,
  ownership text not null check (ownership in ('public', 'private')),
  for_profit boolean not null default false,
  is_tcm boolean not null default false,
  district_code text not null references jurisdictions (code),
  street_code text,
  street_name text,
  address text not null default '',
  beds integer not null default 0 check (beds >= 0),
  legal_representative text not null default '',
  status text not null check (status in ('active', 'suspended', 'revoked')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index institutions_district on institutions (district_code);
create index institutions_initials on institutions (name_initials);

-- 医疗机构执业许可证: one current licence per institution; replaced ones stay as history.
create table institution_licences (
  number text primary key,
  institution_id text not null references institutions (id),
  valid_from date not null,
  valid_to date not null,
  is_current boolean not null default true,
  created_at timestamptz not null default now(),
  replaced_at timestamptz,
  check (valid_to >= valid_from)
);
create unique index institution_licences_one_current on institution_licences (institution_id) where is_current;

-- 诊疗科目 listed on a licence (codes of the zhenliao_kemu code list).
create table licence_departments (
  licence_number text not null references institution_licences (number),
  department_code text not null,
  primary key (licence_number, department_code)
);

create table practitioners (
  id text primary key,
  name text not null,
  name_initials text not null,
  category text not null check (category in ('clinical', 'tcm', 'dental', 'public_health')),
  scopes text[] not null default '{}',
  title text not null check (title in ('resident', 'attending', 'associate_chief', 'chief')),
  status text not null check (status in ('active', 'suspended', 'revoked')),
  certificate_no text,
  -- the district of the primary institution: the practitioner's data scope
  district_code text not null references jurisdictions (code),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index practitioners_district on practitioners (district_code);
create index practitioners_initials on practitioners (name_initials);

-- Where a practitioner may practise: one primary institution, any number of multi-site filings.
create table registrations (
  id bigserial primary key,
  practitioner_id text not null references practitioners (id),
  institution_id text not null references institutions (id),
  kind text not null check (kind in ('primary', 'multi_site')),
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to >= valid_from)
);
create unique index registrations_one_primary on registrations (practitioner_id)
  where kind = 'primary' and valid_to is null;
create unique index registrations_one_current on registrations (practitioner_id, institution_id)
  where valid_to is null;
create index registrations_institution on registrations (institution_id) where valid_to is null;

create table drugs (
  code text primary key,
  name text not null,
  antibiotic_level integer not null check (antibiotic_level between 0 and 3),
  -- money in fen
  price_cap_fen integer not null check (price_cap_fen >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- The registry's own timeline of changes, field by field ({field: {from, to}}).
create table registry_changes (
  id bigserial primary key,
  entity_type text not null check (entity_type in ('institution', 'practitioner', 'drug')),
  entity_id text not null,
  at timestamptz not null,
  actor_id uuid,
  actor_name text not null,
  source text not null check (source in ('ui', 'import', 'seed')),
  action text not null,
  changes jsonb not null default '{}'
);
create index registry_changes_entity on registry_changes (entity_type, entity_id, at);

-- 限制类技术备案: an institution files that it performs a technology of the national restricted
-- list (code list restricted_tech_2022) under one of its licensed 诊疗科目. Withdrawn filings stay.
create table technology_filings (
  id bigserial primary key,
  institution_id text not null references institutions (id),
  filing_number text not null unique,
  technology_code text not null,
  department_code text not null,
  filed_on date not null,
  status text not null check (status in ('filed', 'withdrawn')),
  withdrawn_on date,
  withdrawal_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'withdrawn') = (withdrawn_on is not null)),
  check (withdrawn_on is null or withdrawn_on >= filed_on)
);
create index technology_filings_institution on technology_filings (institution_id);
-- One standing filing of a technology per institution (a withdrawn one may be filed again).
create unique index technology_filings_one_standing on technology_filings (institution_id, technology_code)
  where status = 'filed';

-- 诊所备案 (诊所备案制, 2023) and 中医诊所备案 (2017): one filing per clinic; its changes go to the
-- timeline. A clinic under filing may practise only the departments filed.
create table clinic_filings (
  institution_id text primary key references institutions (id),
  filing_number text not null unique,
  kind text not null check (kind in ('clinic', 'tcm_clinic')),
  filed_on date not null,
  -- the district health commission the clinic filed with
  authority_code text not null references jurisdictions (code),
  departments text[] not null default '{}',
  status text not null check (status in ('filed', 'withdrawn')),
  withdrawn_on date,
  withdrawal_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'withdrawn') = (withdrawn_on is not null))
);

-- 校验 periods of an institution (医疗机构管理条例 第二十二条; 医疗机构校验管理办法): each period ends
-- with a result; the open period is 'pending'. apply_by is the last day to apply (3 months before
-- the period ends).
create table institution_validations (
  id bigserial primary key,
  institution_id text not null references institutions (id),
  period_start date not null,
  period_end date not null,
  apply_by date not null,
  result text not null check (result in ('pending', 'passed', 'deferred')),
  reason text,
  decided_on date,
  decided_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_end >= period_start),
  check ((result = 'pending') = (decided_on is null)),
  check (result <> 'deferred' or reason is not null)
);
create unique index institution_validations_period on institution_validations (institution_id, period_start);
create unique index institution_validations_one_open on institution_validations (institution_id)
  where result = 'pending';
create index institution_validations_open on institution_validations (apply_by, period_end)
  where result = 'pending';
