-- Non-site screening in the platform (非现场监管): uploaded record batches, the warnings their
-- screening raised with the evidence as the registry stood on each service date, the monthly
-- drug totals that R10 compares across institutions, and clues (线索) made from warnings.
-- Forward-only. Runs unchanged on PGlite (PostgreSQL 17/18) and PostgreSQL 15+.

create table screening_batches (
  id uuid primary key,
  actor_id uuid,
  actor_name text not null,
  -- the uploader's jurisdiction (who sees the batch) and the districts it could upload for
  jurisdiction_code text not null references jurisdictions (code),
  actor_scope jsonb not null,
  language text not null check (language in ('zh-CN', 'en')),
  file_name text not null,
  format text not null check (format in ('csv', 'ndjson')),
  size_bytes integer not null,
  sha256 text not null,
  -- the uploaded bytes, until the batch has been screened or rejected
  content bytea,
  status text not null default 'queued'
    check (status in ('queued', 'screening', 'rejected', 'done', 'failed')),
  records integer not null default 0,
  problem_count integer not null default 0,
  -- {ruleCode: findings} and the rule versions used, once done
  findings jsonb,
  new_warnings integer,
  rule_versions jsonb,
  error text,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index screening_batches_scope on screening_batches (jurisdiction_code, created_at desc);
create index screening_batches_sha on screening_batches (sha256);

-- The row-level report of a rejected batch (the first 100,000 problems).
create table screening_batch_problems (
  batch_id uuid not null references screening_batches (id),
  seq integer not null,
  "row" integer not null,
  column_name text not null,
  value text not null default '',
  code text not null,
  message_zh text not null,
  message_en text not null,
  primary key (batch_id, seq)
);

create table screening_clues (
  id uuid primary key,
  number text not null unique,
  title text not null,
  note text not null default '',
  status text not null default 'open' check (status in ('open')),
  source text not null default 'screening' check (source in ('screening')),
  district_code text not null references jurisdictions (code),
  institution_id text,
  institution_name text,
  created_by uuid,
  created_by_name text not null,
  created_at timestamptz not null default now()
);
create index screening_clues_scope on screening_clues (district_code, created_at desc);

-- One warning per finding: (rule, subject) is unique, so a record sent twice warns once.
-- subject_key = institution id | record id, or the R10 group key.
create table screening_warnings (
  id uuid primary key,
  batch_id uuid not null references screening_batches (id),
  rule_id text not null,
  rule_code text not null,
  rule_version integer not null,
  severity text not null check (severity in ('high', 'medium', 'low')),
  subject_key text not null,
  ref text not null,
  record_id text,
  institution_id text not null,
  institution_name text,
  practitioner_id text,
  practitioner_name text,
  district_code text not null references jurisdictions (code),
  service_date date not null,
  status text not null default 'open' check (status in ('open', 'dismissed', 'clued')),
  dismissal_reason text,
  dismissed_by text,
  dismissed_at timestamptz,
  clue_id uuid references screening_clues (id),
  evidence jsonb not null,
  created_at timestamptz not null default now(),
  check ((status = 'dismissed') = (dismissal_reason is not null)),
  check ((status = 'clued') = (clue_id is not null))
);
create unique index screening_warnings_subject on screening_warnings (rule_code, subject_key);
create index screening_warnings_scope on screening_warnings (district_code, service_date desc);
create index screening_warnings_batch on screening_warnings (batch_id);
create index screening_warnings_clue on screening_warnings (clue_id) where clue_id is not null;
create index screening_warnings_institution on screening_warnings (institution_id);

-- R10: each institution's total quantity of a drug in a month, summed over its batches, with the
-- institution's category (its peers) as it was when counted.
create table screening_drug_months (
  institution_id text not null,
  drug_code text not null,
  month text not null,
  category text not null,
  district_code text not null references jurisdictions (code),
  quantity double precision not null,
  primary key (drug_code, month, institution_id)
);
create index screening_drug_months_peers on screening_drug_months (drug_code, month, category);
