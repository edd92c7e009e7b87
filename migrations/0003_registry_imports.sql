-- Registry imports uploaded through the API (数据导入): the upload, its files, its progress and
-- its row-level report. A job checks and writes each import; the files are kept in the database
-- (not DATA_DIR) so that any process of the cluster (`weijian worker`) can run the job, and they
-- are dropped once the import has finished.
-- Forward-only. Runs unchanged on PGlite (PostgreSQL 17/18) and PostgreSQL 15+.

create table registry_imports (
  id uuid primary key,
  actor_id uuid,
  actor_name text not null,
  -- who uploaded, as the job acts for them: their jurisdiction (the import's data scope) and
  -- the districts they could write to when they uploaded
  jurisdiction_code text not null references jurisdictions (code),
  actor_scope jsonb not null,
  language text not null check (language in ('zh-CN', 'en')),
  status text not null default 'queued'
    check (status in ('queued', 'checking', 'writing', 'rejected', 'done', 'failed')),
  -- rows checked (checking) or written (writing) of all rows of all files
  processed integer not null default 0,
  total integer not null default 0,
  -- {institutions: {created, updated, unchanged}, practitioners: …, drugs: …} once done
  summary jsonb,
  -- rows with a problem, and problems (the report keeps the first 100,000)
  problem_rows integer not null default 0,
  problem_count integer not null default 0,
  -- why an import failed (not a rejection: the database was unreachable, the process died…)
  error text,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index registry_imports_scope on registry_imports (jurisdiction_code, created_at desc);

create table registry_import_files (
  import_id uuid not null references registry_imports (id),
  seq smallint not null,
  -- an interchange file, or a FHIR R4 Bundle (Organization, Location, Practitioner, PractitionerRole)
  kind text not null check (kind in ('institutions', 'practitioners', 'drugs', 'fhir_bundle')),
  name text not null,
  format text not null check (format in ('csv', 'xlsx', 'json')),
  size_bytes integer not null,
  sha256 text not null,
  row_count integer,
  -- the uploaded bytes, until the import has finished
  content bytea,
  primary key (import_id, seq)
);

-- The row-level report of a rejected import: file (or FHIR Bundle entry), row, column (or FHIR
-- path), the value found and the problem.
create table registry_import_problems (
  import_id uuid not null references registry_imports (id),
  seq integer not null,
  file text not null,
  "row" integer not null,
  column_name text not null,
  value text not null default '',
  code text not null,
  -- the problem in both languages: the report is read in either
  message_zh text not null,
  message_en text not null,
  primary key (import_id, seq)
);
create index registry_import_problems_file on registry_import_problems (import_id, file, seq);
